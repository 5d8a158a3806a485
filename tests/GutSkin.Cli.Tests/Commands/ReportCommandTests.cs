using GutSkin.Cli.Commands;
using GutSkin.Data;

namespace GutSkin.Cli.Tests.Commands;

public sealed class ReportCommandTests : IDisposable
{
    private readonly TemporaryDataFolder data = new();

    [Fact]
    public async Task Run_WithData_ListsUnansweredQuestionsThenFeedbackPerSection()
    {
        await Ask("can i drink coffee", new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero));
        await Ask("Can I drink coffee?", new DateTimeOffset(2025, 3, 3, 9, 1, 0, TimeSpan.Zero));
        await Ask("can i  drink coffee", new DateTimeOffset(2025, 3, 3, 11, 5, 0, TimeSpan.FromHours(2)));
        await Ask("what about acne", new DateTimeOffset(2025, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await Rate("eczema", helpful: 2, notHelpful: 1);
        await Rate("gut-skin-connection", helpful: 1, notHelpful: 0);
        var output = new StringWriter();

        var exitCode = await ReportCommand.RunAsync(data.Unanswered, data.Feedback, output, CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Equal(
            [
                "Unanswered questions (2 distinct, asked 4 times)",
                "  Count  Last asked (UTC)  Question",
                "      3  2025-03-03 09:05  can i drink coffee",
                "      1  2025-03-02 08:00  what about acne",
                "",
                "Feedback per section",
                "  Section              Helpful  Not helpful",
                "  eczema                     2            1",
                "  gut-skin-connection        1            0",
            ],
            Lines(output));
    }

    [Fact]
    public async Task Run_WithNothingStored_SaysNoneUnderBothHeadings()
    {
        var output = new StringWriter();

        await ReportCommand.RunAsync(data.Unanswered, data.Feedback, output, CancellationToken.None);

        Assert.Equal(
            ["Unanswered questions (0 distinct, asked 0 times)", "  (none)", "", "Feedback per section", "  (none)"],
            Lines(output));
    }

    [Fact]
    public async Task Run_WithControlCharactersInQuestion_DoesNotPassThemToTheTerminal()
    {
        await Ask("why \u001b[2J is my skin red", new DateTimeOffset(2025, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var output = new StringWriter();

        await ReportCommand.RunAsync(data.Unanswered, data.Feedback, output, CancellationToken.None);

        Assert.DoesNotContain('\u001b', output.ToString());
        Assert.Contains("why ?[2j is my skin red", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => data.Dispose();

    private Task Ask(string question, DateTimeOffset at) =>
        data.Unanswered.RecordAsync(new UnansweredQuestion("user-1", question, at), CancellationToken.None);

    private async Task Rate(string sectionId, int helpful, int notHelpful)
    {
        for (var i = 0; i < helpful + notHelpful; i++)
        {
            await data.Feedback.AddAsync(new Feedback("user-1", "a question", sectionId, i < helpful, DateTimeOffset.UtcNow), CancellationToken.None);
        }
    }

    private static string[] Lines(StringWriter output) =>
        output.ToString().TrimEnd('\r', '\n').ReplaceLineEndings("\n").Split('\n');
}
