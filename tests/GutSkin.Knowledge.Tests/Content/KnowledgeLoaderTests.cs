using GutSkin.Knowledge.Content;

namespace GutSkin.Knowledge.Tests.Content;

public sealed class KnowledgeLoaderTests
{
    private const string EczemaFile = "gut-skin-article/03-eczema.md";

    [Fact]
    public void Load_RepositoryFolder_HasTheArticleSectionsAndNoProblems()
    {
        var content = KnowledgeLoader.Load(Repository.KnowledgeDirectory);

        Assert.Empty(content.Problems);
        Assert.Equal(
            ["introduction", "gut-skin-connection", "eczema", "psoriasis", "improve-gut-health", "other-conditions", "conclusion"],
            content.Sections.Select(s => s.Id));
        Assert.NotNull(content.Offers);
        Assert.Contains(content.Synonyms, g => g.Terms.Contains("eczema") && g.Terms.Contains("atopic dermatitis"));
    }

    [Fact]
    public void Load_KeepsTheArticleWording()
    {
        var seed = File.ReadAllText(Path.Combine(Repository.Root, "tests", "GutSkin.Knowledge.Tests", "Content", "Seed", "gut-skin-article.txt"));
        var content = KnowledgeLoader.Load(Repository.KnowledgeDirectory);

        foreach (var passage in content.Sections.SelectMany(s => s.Passages))
        {
            var plain = passage.Replace(": ", ": ", StringComparison.Ordinal);
            Assert.Contains(plain, seed.Replace("  • ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(content.Sections, s => s.Passages.Any(p => p.Contains("Leave a Reply", StringComparison.Ordinal)));
    }

    [Fact]
    public void Load_ListItemsAndParagraphs_AreSeparatePassages()
    {
        var content = KnowledgeLoader.Load(Repository.KnowledgeDirectory);

        var improve = content.Sections.Single(s => s.Id == "improve-gut-health");
        Assert.Equal(5, improve.Passages.Count);
        Assert.StartsWith("Reduce stress:", improve.Passages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BrokenYaml_ReportsFileAndLineAndLoadsTheOtherFiles()
    {
        using var folder = new TemporaryKnowledgeFolder();
        folder.Write(EczemaFile, "---\nid: eczema\ntitle: [unclosed\n---\nSome text.\n");

        var content = KnowledgeLoader.Load(folder.Path);

        var problem = Assert.Single(content.Problems, p => p.File == EczemaFile);
        Assert.InRange(problem.Line, 2, 5);
        Assert.Contains("the title opens a list with [ that is not closed", problem.Message, StringComparison.Ordinal);
        Assert.Equal(6, content.Sections.Count);
    }

    [Fact]
    public void Load_DuplicateId_IsReportedOnTheSecondFile()
    {
        using var folder = new TemporaryKnowledgeFolder();
        folder.Write("more-articles/duplicate.md", "---\nid: eczema\ntitle: Again\n---\nText.\n");

        var content = KnowledgeLoader.Load(folder.Path);

        var problem = Assert.Single(content.Problems);
        Assert.Equal(Path.Combine("more-articles", "duplicate.md"), problem.File);
        Assert.Equal(2, problem.Line);
        Assert.Contains("already used by", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ManyFilesWithProblems_ReportsSectionsAndProblemsInFileOrder()
    {
        using var folder = new TemporaryKnowledgeFolder();
        var expectedIds = new List<string>();
        var expectedProblems = new List<(string File, string Message)>();
        for (var i = 0; i < 60; i++)
        {
            var file = Path.Combine("many", $"f{i:D3}.md");
            switch (i % 3)
            {
                case 0:
                    folder.Write(file, $"---\nid: untitled-{i}\n---\nText.\n");
                    expectedProblems.Add((file, "the field 'title' is missing"));
                    break;
                case 1:
                    folder.Write(file, "---\nid: common\ntitle: Common\n---\nText.\n");
                    if (i == 1)
                    {
                        expectedIds.Add("common");
                    }
                    else
                    {
                        expectedProblems.Add((file, $"the id 'common' is already used by {Path.Combine("many", "f001.md")}"));
                    }

                    break;
                default:
                    folder.Write(file, $"---\nid: own-{i}\ntitle: Own\n---\nText.\n");
                    expectedIds.Add($"own-{i}");
                    break;
            }
        }

        var content = KnowledgeLoader.Load(folder.Path);

        Assert.Equal(expectedIds, content.Sections.Select(s => s.Id).Where(id => id == "common" || id.StartsWith("own-", StringComparison.Ordinal)));
        Assert.Equal(expectedProblems, content.Problems.Select(p => (p.File, p.Message)));
    }

    [Fact]
    public void Load_EmptySection_IsReported()
    {
        using var folder = new TemporaryKnowledgeFolder();
        folder.Write("empty.md", "---\nid: empty-one\ntitle: Nothing here\n---\n\n");

        var problem = Assert.Single(KnowledgeLoader.Load(folder.Path).Problems);

        Assert.Contains("empty", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownRelatedId_IsReportedWithItsLine()
    {
        using var folder = new TemporaryKnowledgeFolder();
        folder.Write("new.md", "---\nid: new-one\ntitle: New\nrelated: [eczema, no-such-id]\n---\nText.\n");

        var problem = Assert.Single(KnowledgeLoader.Load(folder.Path).Problems);

        Assert.Equal(4, problem.Line);
        Assert.Contains("no-such-id", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownFrontMatterField_IsReported()
    {
        using var folder = new TemporaryKnowledgeFolder();
        folder.Write("typo.md", "---\nid: typo\ntitle: Typo\nquestion: [Is this right?]\n---\nText.\n");

        var problem = Assert.Single(KnowledgeLoader.Load(folder.Path).Problems);

        Assert.Equal("typo.md", problem.File);
        Assert.Contains("question", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eczema, , dermatitis", "empty term")]
    [InlineData("eczema", "at least two")]
    [InlineData("eczema => dermatitis", "'=>'")]
    [InlineData("eczema, <script>", "characters")]
    public void Load_BadSynonymLine_IsReportedAndTheRestStillLoads(string line, string expected)
    {
        using var folder = new TemporaryKnowledgeFolder();
        var original = File.ReadAllText(folder.File(KnowledgeLoader.SynonymsFile));
        folder.Write(KnowledgeLoader.SynonymsFile, line + "\n" + original);

        var content = KnowledgeLoader.Load(folder.Path);

        var problem = Assert.Single(content.Problems);
        Assert.Equal((KnowledgeLoader.SynonymsFile, 1), (problem.File, problem.Line));
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.NotEmpty(content.Synonyms);
    }

    [Fact]
    public void Load_TrialWithoutTheSupplementDisclaimer_IsReportedAndOffersAreWithheld()
    {
        using var folder = new TemporaryKnowledgeFolder();
        var offers = File.ReadAllText(folder.File(KnowledgeLoader.OffersFile));
        folder.Write(KnowledgeLoader.OffersFile, offers.Replace("not intended to diagnose", "great for", StringComparison.Ordinal));

        var content = KnowledgeLoader.Load(folder.Path);

        Assert.Contains(content.Problems, p => p.Message.Contains("disclaimer", StringComparison.Ordinal));
        Assert.Null(content.Offers);
    }

    [Fact]
    public void Load_MissingFolder_IsAProblemNotAnException()
    {
        var content = KnowledgeLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid()));

        Assert.NotEmpty(content.Problems);
        Assert.Empty(content.Sections);
    }
}
