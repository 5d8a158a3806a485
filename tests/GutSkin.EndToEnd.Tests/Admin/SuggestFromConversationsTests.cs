using System.Globalization;
using System.Text.RegularExpressions;
using GutSkin.EndToEnd.Tests.Support;
using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Traffic;
using GutSkin.Testing;

namespace GutSkin.EndToEnd.Tests.Admin;

/// <summary><c>suggest</c>, the real CLI process, on the database and knowledge folder of a real bot that visitors talked
/// to; <c>suggest --apply</c> while that bot runs. Listing and applying are one test: applying changes what is listed.</summary>
[Collection(EndToEndCollection.Name)] // one group of bot processes at a time on this small machine
public sealed partial class SuggestFromConversationsTests(VisitorTrafficFixture traffic) : IClassFixture<VisitorTrafficFixture>
{
    [Fact]
    public async Task Suggest_OnTheBotsDatabase_ListsTheEvidenceRedacted_AndApplyGoesLiveInTheRunningBot()
    {
        // Act: list.
        var (code, output, error) = await SuggestAsync();

        // Assert: the three kinds of evidence, each for its file and section, nothing personal.
        Assert.Equal(0, code);
        Assert.Equal($"database: SQLite database {Path.Combine(traffic.Bot.DataDirectory, "gutskin.db")}", error.Trim());
        var kombucha = Block(output, "Is kombucha good for psoriasis?");
        // The section is the answer model's pick among those that fit (the psoriasis section or the gut-health advice);
        // the line is after that section's last listed question.
        var place = SuggestedPlace().Match(kombucha);
        Assert.True(place.Success, kombucha);
        var (relative, sectionId, title) = (place.Groups["file"].Value, place.Groups["id"].Value, place.Groups["title"].Value);
        Assert.Contains(sectionId, new[] { "psoriasis", "improve-gut-health" });
        Assert.Equal(FileOf(title), relative);
        var file = Path.Combine(traffic.Knowledge, relative);
        var before = await File.ReadAllLinesAsync(file);
        var last = Array.FindIndex(before, l => l.StartsWith("related:", StringComparison.Ordinal));
        Assert.Equal((last + 1).ToString(CultureInfo.InvariantCulture), place.Groups["line"].Value);
        Assert.Contains("why (3): asked 3 time(s) without an answer", kombucha, StringComparison.Ordinal);
        var chosen = Block(output, KnowledgeSuggestions.AsQuestionLine(traffic.ChosenQuestion));
        Assert.Contains($"  {FileOf(traffic.ChosenTitle)}:", chosen, StringComparison.Ordinal);
        Assert.Contains("why (1): visitors picked this section from \"did you mean\" 1 time(s) after asking it", chosen, StringComparison.Ordinal);
        var disliked = Block(output, KnowledgeSuggestions.AsQuestionLine(traffic.DislikedQuestion));
        Assert.Contains($"answered from \"{traffic.DislikedTitle}\" and marked not helpful 1 time(s)", disliked, StringComparison.Ordinal);
        Assert.DoesNotContain($"  {FileOf(traffic.DislikedTitle)}:", disliked, StringComparison.Ordinal);
        Assert.DoesNotContain("jane", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("example.com", output, StringComparison.Ordinal);
        Assert.DoesNotContain("07700", output, StringComparison.Ordinal);
        Assert.Contains("Nothing has been changed.", output, StringComparison.Ordinal);

        // Act: apply the unanswered question's suggestion while the bot runs.
        var id = kombucha.Split(' ', 2)[0];
        var applied = await SuggestAsync("--apply", id);

        // Assert: one line added after the section's last question, the folder valid, and the bot now answers the
        // question from that section (its reload saw the file change).
        Assert.Equal(0, applied.Code);
        Assert.Contains($"Added under questions: in {relative} (section {sectionId}): Is kombucha good for psoriasis?", applied.Output, StringComparison.Ordinal);
        string[] expected = [.. before[..last], "  - Is kombucha good for psoriasis?", .. before[last..]];
        Assert.Equal(expected, await File.ReadAllLinesAsync(file));
        Assert.Equal(0, (await CliAsync("validate", traffic.Knowledge)).Code);
        Assert.Contains("From: " + title, await AnsweredFromAsync(title, VisitorTrafficFixture.Kombucha[0]), StringComparison.Ordinal);

        // The same id again no longer applies: said in words, nothing changed.
        var again = await SuggestAsync("--apply", id);
        Assert.Equal(1, again.Code);
        Assert.Contains($"There is no suggestion {id} now: it was applied already", again.Error, StringComparison.Ordinal);
        Assert.Equal(1, (await File.ReadAllLinesAsync(file)).Count(l => l == "  - Is kombucha good for psoriasis?"));
    }

    [Fact]
    public async Task Apply_AfterTheFileWasBrokenByHand_LeavesItAsItWasAndSaysWhy()
    {
        // Arrange: the "did you mean" suggestion's id, then its file edited by hand into a state validate refuses.
        var id = Block((await SuggestAsync()).Output, KnowledgeSuggestions.AsQuestionLine(traffic.ChosenQuestion)).Split(' ', 2)[0];
        var relative = FileOf(traffic.ChosenTitle);
        var file = Path.Combine(traffic.Knowledge, relative);
        var good = await File.ReadAllTextAsync(file);
        var broken = good.Replace("related: [", "related: [gut-bacteria, ", StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, broken);
        try
        {
            // Act
            var (code, output, error) = await SuggestAsync("--apply", id);

            // Assert
            Assert.Equal(1, code);
            Assert.Equal(broken, await File.ReadAllTextAsync(file));
            Assert.DoesNotContain("Added", output, StringComparison.Ordinal);
            Assert.Contains("Not applied: the knowledge folder has problems, so the live bot keeps its last good version", error, StringComparison.Ordinal);
            Assert.Contains(relative + ":", error, StringComparison.Ordinal);
            Assert.Contains("'related' names 'gut-bacteria', but no section has that id", error, StringComparison.Ordinal);
        }
        finally
        {
            await File.WriteAllTextAsync(file, good);
        }
    }

    /// <summary>Asks until the answer comes from the section titled <paramref name="title"/> (the reload waits for the
    /// file to be stable for half a second); the last reply after 30 seconds.</summary>
    private async Task<string> AnsweredFromAsync(string title, string question)
    {
        var reply = string.Empty;
        for (var attempt = 0; attempt < 30 && !reply.Contains("From: " + title, StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            reply = await traffic.AskAsync(question);
        }

        return reply;
    }

    /// <summary>The block <c>suggest</c> prints for the suggestion that adds <paramref name="line"/>: its id line, the line
    /// it adds, why and the examples.</summary>
    private static string Block(string output, string line)
    {
        var lines = output.Split('\n');
        var added = Array.FindIndex(lines, l => l.TrimEnd() == $"    add under questions:  {line}");
        Assert.True(added > 0, $"no suggestion adds '{line}':\n{output}");
        return string.Join('\n', lines[(added - 1)..(added + 3)]);
    }

    /// <summary>The file of the section titled <paramref name="title"/>, relative to the knowledge folder.</summary>
    private string FileOf(string title) =>
        KnowledgeLoader.Load(traffic.Knowledge).Sections.Single(s => s.Title == title).File.Replace('\\', '/');

    // "s919c389c  gut-skin-article/04-psoriasis.md:7  (section psoriasis: What is the Link Between Gut Health and Psoriasis?)"
    [GeneratedRegex(@"(?<file>\S+\.md):(?<line>\d+)  \(section (?<id>[^:]+): (?<title>.+)\)$", RegexOptions.Multiline)]
    private static partial Regex SuggestedPlace();

    private Task<(int Code, string Output, string Error)> SuggestAsync(params string[] args) =>
        CliAsync(["suggest", "--knowledge", traffic.Knowledge, .. args]);

    private Task<(int Code, string Output, string Error)> CliAsync(params string[] args) =>
        CliProcess.RunAsync(
            RepositoryPaths.CliAssembly,
            Path.GetTempPath(),
            new Dictionary<string, string> { ["Storage__DataDirectory"] = traffic.Bot.DataDirectory },
            args);
}
