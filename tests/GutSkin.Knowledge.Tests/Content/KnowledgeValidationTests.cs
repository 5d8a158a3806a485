using GutSkin.Knowledge.Content;

namespace GutSkin.Knowledge.Tests.Content;

/// <summary>Broken folders as content staff break them: every problem listed, in plain words, with file and line.</summary>
public sealed class KnowledgeValidationTests
{
    private const string File = "new.md";

    [Fact]
    public void Load_BadIdAndUnknownRelatedInOneFile_ReportsBoth()
    {
        using var folder = new TemporaryKnowledgeFolder();
        folder.Write(File, "---\nid: New Section\ntitle: New\nrelated: [eczema, no-such-id]\n---\nText.\n");

        var problems = KnowledgeLoader.Load(folder.Path).Problems;

        Assert.Equal(
            [
                "new.md:2: id 'New Section' must be lower-case letters, digits and hyphens, like 'gut-skin-connection'",
                "new.md:4: 'related' names 'no-such-id', but no section has that id",
            ],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Load_EveryKindOfFrontMatterProblemInOneFile_ReportsEachOnItsLine()
    {
        using var folder = new TemporaryKnowledgeFolder();
        folder.Write(File, "---\nid: new-one\ntitel: New\nrelated: eczema, psoriasis\nquestions:\n  - What is it: really?\n  - Is it fine?\n---\nText.\n");

        var problems = KnowledgeLoader.Load(folder.Path).Problems.Select(p => p.ToString()).ToList();

        Assert.Equal(
            [
                "new.md:3: unknown field 'titel' (did you mean 'title'?): the fields are id, title, tags, questions, related, source",
                "new.md:4: 'related' must be a list: write related: [first, second] on one line, or one item per line below it starting with '  - '",
                "new.md:6: an item of 'questions' contains a colon followed by a space, which YAML reads as 'field: value': put the whole item in double quotes",
                "new.md:1: the field 'title' is missing",
            ],
            problems);
    }

    [Fact]
    public void Load_SectionWhoseYamlCannotBeRead_IsOneProblemNotAlsoEveryRelatedNamingIt()
    {
        using var folder = new TemporaryKnowledgeFolder();
        var eczema = folder.File("gut-skin-article/03-eczema.md");
        System.IO.File.WriteAllText(eczema, System.IO.File.ReadAllText(eczema).Replace(
            "title: What is the Link Between Gut Health and Eczema?", "title: Eczema: the gut link", StringComparison.Ordinal));

        var problems = KnowledgeLoader.Load(folder.Path).Problems;

        Assert.Equal(
            ["gut-skin-article/03-eczema.md:3: the title contains a colon: put it in double quotes, like title: \"Eczema: the gut link\""],
            problems.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("title: Gut health: the basics", 3, "the title contains a colon: put it in double quotes, like title: \"Gut health: the basics\"")]
    [InlineData("title: \"Gut health", 3, "the title opens a double quote that is not closed: end the value with \" on the same line")]
    [InlineData("title: \"He said \"hi\"\"", 3, "the title has a double quote inside double quotes: put single quotes around the value instead, like title: 'He said \"hi\"'")]
    [InlineData("title: T\ntags: [eczema, gut", 4, "the tags opens a list with [ that is not closed: end it with ] on the same line")]
    [InlineData("title: @home remedies", 3, "the title starts with '@', which has a special meaning in YAML: put it in double quotes, like title: \"@home remedies\"")]
    [InlineData("title: *Eczema*", 3, "the title starts with '*', which has a special meaning in YAML: put it in double quotes, like title: \"*Eczema*\"")]
    [InlineData("title: T\nquestions:\n\t- Is it?", 5, "the line is indented with a tab: YAML needs spaces (two spaces, then '- ' for a list item)")]
    [InlineData("title: T\ntitle: U", 4, "the field 'title' appears twice: keep one of them")]
    [InlineData("title: #1 tip", 3, "the title starts with '#', which YAML reads as a comment: put it in double quotes, like title: \"#1 tip\"")]
    [InlineData("title: T\nquestions:\n  - One?\n - Two?", 6, "this line is not lined up with the lines above: fields start at the beginning of the line, and list items under a field start with two spaces, a hyphen and a space ('  - ')")]
    public void Load_YamlMistake_IsExplainedInPlainWordsWithTheFixAndTheLine(string frontMatter, int line, string message)
    {
        using var folder = new TemporaryKnowledgeFolder();
        folder.Write(File, $"---\nid: new-one\n{frontMatter}\n---\nText.\n");

        var problem = Assert.Single(KnowledgeLoader.Load(folder.Path).Problems);

        Assert.Equal($"new.md:{line}: {message}", problem.ToString());
        Assert.DoesNotContain("While ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OffersWithColonInPitch_ExplainsItInPlainWords()
    {
        using var folder = new TemporaryKnowledgeFolder();
        var offers = System.IO.File.ReadAllLines(folder.File(KnowledgeLoader.OffersFile)).ToList();
        var pitch = offers.FindIndex(l => l.TrimStart().StartsWith("pitch:", StringComparison.Ordinal));
        offers[pitch] = "  pitch: Free: a guide to gut health";
        folder.Write(KnowledgeLoader.OffersFile, string.Join('\n', offers) + "\n");

        var problem = Assert.Single(KnowledgeLoader.Load(folder.Path).Problems);

        Assert.Equal($"offers.yml:{pitch + 1}: the pitch contains a colon: put it in double quotes, like pitch: \"Free: a guide to gut health\"", problem.ToString());
    }

    [Fact]
    public void Load_FileCutMidSentence_WarnsWithTheLineAndStillLoads()
    {
        using var folder = new TemporaryKnowledgeFolder();
        var eczema = System.IO.File.ReadAllText(folder.File("gut-skin-article/03-eczema.md"));
        var cut = eczema[..700];
        folder.Write("gut-skin-article/03-eczema.md", cut);

        var content = KnowledgeLoader.Load(folder.Path);

        Assert.Empty(content.Problems);
        var warning = Assert.Single(content.Warnings);
        Assert.True(warning.IsWarning);
        Assert.Equal("gut-skin-article/03-eczema.md", warning.File);
        Assert.Equal(cut.Split('\n').Length, warning.Line);
        Assert.Contains("ends mid-sentence", warning.Message, StringComparison.Ordinal);
        Assert.Contains(": warning: ", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HeadingInBody_IsAProblemWithItsLineAndTheSectionStaysOut()
    {
        using var folder = new TemporaryKnowledgeFolder();
        folder.Write(File, "---\nid: new-one\ntitle: New\n---\nFirst paragraph.\n\n## More\n\nSecond paragraph.\n");

        var content = KnowledgeLoader.Load(folder.Path);

        Assert.Equal(
            ["new.md:7: a heading ('## …') in the body: write only paragraphs and list items; the section's title goes in the front matter's 'title'"],
            content.Problems.Select(p => p.ToString()));
        Assert.Empty(content.Warnings);
        Assert.DoesNotContain(content.Sections, s => s.Id == "new-one");
    }

    [Fact]
    public void Load_ParagraphEndingMidSentenceInsideTheBody_WarnsWithItsLine()
    {
        using var folder = new TemporaryKnowledgeFolder();
        folder.Write(File, "---\nid: new-one\ntitle: New\n---\nFirst paragraph stops after\n\nSecond paragraph \"quoted.\"\n\nThird (in brackets.)\n\nFourth asks?\n");

        var content = KnowledgeLoader.Load(folder.Path);

        Assert.Empty(content.Problems);
        Assert.Equal(
            ["new.md:5: warning: this passage ends mid-sentence (\"…First paragraph stops after\"): finish the sentence; if the file was saved half-written, save it again in full"],
            content.Warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void Load_TableRows_AreNotWarnedAbout()
    {
        using var folder = new TemporaryKnowledgeFolder();
        folder.Write(File, "---\nid: new-one\ntitle: New\n---\nFoods and what they hold:\n\n| food | holds |\n| --- | --- |\n| kefir | probiotics |\n");

        Assert.Empty(KnowledgeLoader.Load(folder.Path).Warnings);
    }

    [Fact]
    public void Load_ListItemsWithoutFullStops_AreNotWarnedAbout()
    {
        using var folder = new TemporaryKnowledgeFolder();
        folder.Write(File, "---\nid: new-one\ntitle: New\n---\nFoods that help:\n\n- Yoghurt\n- Kefir\n");

        Assert.Empty(KnowledgeLoader.Load(folder.Path).Warnings);
    }

    [Fact]
    public void Load_RepositoryFolder_HasNoWarnings()
    {
        Assert.Empty(KnowledgeLoader.Load(Repository.KnowledgeDirectory).Warnings);
    }
}
