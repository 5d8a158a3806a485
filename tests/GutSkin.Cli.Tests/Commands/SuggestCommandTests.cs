using GutSkin.Cli.Commands;
using GutSkin.Data;
using GutSkin.Knowledge;
using GutSkin.Knowledge.Semantic;
using GutSkin.Knowledge.Traffic;

namespace GutSkin.Cli.Tests.Commands;

public sealed class SuggestCommandTests : IDisposable
{
    private const string Question = "can kombucha calm my eczema";
    private readonly TemporaryDataFolder data = new();
    private readonly string knowledge = Directory.CreateTempSubdirectory("gutskin-suggest-knowledge").FullName;
    private readonly DateTimeOffset now = DateTimeOffset.UtcNow;

    public SuggestCommandTests()
    {
        var source = Repository.KnowledgeDirectory;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(knowledge, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task Suggest_FromDidYouMeanChoices_ProposesTheQuestionForTheChosenSectionAndApplyAddsOneLine()
    {
        // Arrange: two visitors picked the eczema section from "did you mean" after asking the same thing.
        await data.ChosenAlternatives.RecordAsync(new ChosenAlternative("u1", "Can kombucha calm my eczema?", "eczema", now.AddDays(-2)), CancellationToken.None);
        await data.ChosenAlternatives.RecordAsync(new ChosenAlternative("u2", Question, "eczema", now.AddDays(-1)), CancellationToken.None);
        var file = Path.Combine(knowledge, KnowledgeFilesOf("eczema"));
        var before = await File.ReadAllLinesAsync(file);

        // Act
        var suggestions = await SuggestCommand.ProposeAsync(data.Dashboard, knowledge, SemanticModel.MiniLM, now, CancellationToken.None);
        var listed = new StringWriter();
        await SuggestCommand.ListAsync(suggestions, knowledge, listed);
        var suggestion = Assert.Single(suggestions, s => s.SectionId == "eczema" && s.Question == "Can kombucha calm my eczema?");
        var output = new StringWriter();
        var exit = await SuggestCommand.ApplyAsync(suggestions, suggestion.Id, knowledge, output, new StringWriter());

        // Assert: said why, then wrote exactly one line after the last question, and the folder still validates.
        Assert.Equal(2, suggestion.Count);
        Assert.Contains("\"did you mean\" 2 time(s)", suggestion.Reasons[0], StringComparison.Ordinal);
        var lastQuestion = Array.FindIndex(before, l => l.StartsWith("related:", StringComparison.Ordinal)) - 1;
        Assert.Contains($"{suggestion.Id}  {suggestion.File}:{lastQuestion + 2}  (section eczema: ", listed.ToString(), StringComparison.Ordinal);
        Assert.Contains("add under questions:  Can kombucha calm my eczema?", listed.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, exit);
        var after = await File.ReadAllLinesAsync(file);
        Assert.Equal([.. before[..(lastQuestion + 1)], "  - Can kombucha calm my eczema?", .. before[(lastQuestion + 1)..]], after);
        Assert.Equal(0, ValidateCommand.Run(knowledge, new StringWriter()));
        Assert.DoesNotContain(
            await SuggestCommand.ProposeAsync(data.Dashboard, knowledge, SemanticModel.MiniLM, now, CancellationToken.None),
            s => s.Id == suggestion.Id);
    }

    [Fact]
    public async Task Apply_InAFolderThatAlreadyFailsValidation_LeavesTheFileAsItWasAndSaysWhy()
    {
        // Arrange: a suggestion for the eczema section, then that file edited by hand into a state validate refuses.
        await data.ChosenAlternatives.RecordAsync(new ChosenAlternative("u1", Question, "eczema", now.AddDays(-1)), CancellationToken.None);
        var suggestion = Assert.Single(
            await SuggestCommand.ProposeAsync(data.Dashboard, knowledge, SemanticModel.MiniLM, now, CancellationToken.None), s => s.SectionId == "eczema");
        var file = Path.Combine(knowledge, suggestion.File);
        var broken = (await File.ReadAllTextAsync(file)).Replace("related: [", "related: [no-such-section, ", StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, broken);
        var error = new StringWriter();

        // Act
        var exit = await SuggestCommand.ApplyAsync([suggestion], suggestion.Id, knowledge, new StringWriter(), error);

        // Assert
        Assert.Equal(1, exit);
        Assert.Equal(broken, await File.ReadAllTextAsync(file));
        Assert.Contains("Not applied: the knowledge folder has problems", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("'related' names 'no-such-section', but no section has that id", error.ToString(), StringComparison.Ordinal);
        Assert.Contains($"then run suggest --apply {suggestion.Id} again", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_WithAnUnknownId_ChangesNothingAndSaysWhy()
    {
        var error = new StringWriter();

        var exit = await SuggestCommand.ApplyAsync([], "s00000000", knowledge, new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Contains("There is no suggestion s00000000 now", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Can kombucha help?", "Can kombucha help?")]
    [InlineData("Is it true: kefir helps?", "\"Is it true: kefir helps?\"")]
    [InlineData("What about \"detox\" teas?", "\"What about \\\"detox\\\" teas?\"")]
    [InlineData("[email] said yes?", "\"[email] said yes?\"")]
    public void Scalar_QuotesAndEscapesOnlyWhenYamlNeedsIt(string question, string expected) =>
        Assert.Equal(expected, SuggestionEditor.Scalar(question));

    public void Dispose()
    {
        data.Dispose();
        Directory.Delete(knowledge, recursive: true);
    }

    private string KnowledgeFilesOf(string sectionId) =>
        Path.GetRelativePath(knowledge, Directory.EnumerateFiles(knowledge, "*.md", SearchOption.AllDirectories)
            .First(f => Path.GetFileName(f) != "README.md" && File.ReadLines(f).Any(l => l == $"id: {sectionId}")));
}
