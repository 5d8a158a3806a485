using GutSkin.Cli.Commands;
using GutSkin.Data;

namespace GutSkin.Cli.Tests.Commands;

public sealed class ReportCommandTests
{
    [Fact]
    public async Task Run_WithData_ListsUnansweredQuestionsThenFeedbackPerSection()
    {
        var unanswered = new SummarisedUnanswered(
            new UnansweredSummary("can i drink coffee", 3, new DateTimeOffset(2025, 3, 3, 11, 5, 0, TimeSpan.FromHours(2))),
            new UnansweredSummary("what about acne", 1, new DateTimeOffset(2025, 3, 2, 8, 0, 0, TimeSpan.Zero)));
        var feedback = new SummarisedFeedback(
            new SectionFeedback("eczema", 12, 3),
            new SectionFeedback("gut-skin-connection", 4, 0));
        var output = new StringWriter();

        var exitCode = await ReportCommand.RunAsync(unanswered, feedback, output, CancellationToken.None);

        Assert.Equal(0, exitCode);
        var lines = Lines(output);
        Assert.Equal(
            [
                "Unanswered questions (2 distinct, asked 4 times)",
                "  Count  Last asked (UTC)  Question",
                "      3  2025-03-03 09:05  can i drink coffee",
                "      1  2025-03-02 08:00  what about acne",
                "",
                "Feedback per section",
                "  Section              Helpful  Not helpful",
                "  eczema                    12            3",
                "  gut-skin-connection        4            0",
            ],
            lines);
    }

    [Fact]
    public async Task Run_WithNothingStored_SaysNoneUnderBothHeadings()
    {
        var output = new StringWriter();

        await ReportCommand.RunAsync(new SummarisedUnanswered(), new SummarisedFeedback(), output, CancellationToken.None);

        Assert.Equal(
            ["Unanswered questions (0 distinct, asked 0 times)", "  (none)", "", "Feedback per section", "  (none)"],
            Lines(output));
    }

    [Fact]
    public async Task Run_WithControlCharactersInQuestion_DoesNotPassThemToTheTerminal()
    {
        var unanswered = new SummarisedUnanswered(
            new UnansweredSummary("why \u001b[2J is my skin red", 1, new DateTimeOffset(2025, 3, 2, 8, 0, 0, TimeSpan.Zero)));
        var output = new StringWriter();

        await ReportCommand.RunAsync(unanswered, new SummarisedFeedback(), output, CancellationToken.None);

        Assert.DoesNotContain('\u001b', output.ToString());
        Assert.Contains("why ?[2J is my skin red", output.ToString(), StringComparison.Ordinal);
    }

    private static string[] Lines(StringWriter output) =>
        output.ToString().TrimEnd('\r', '\n').ReplaceLineEndings("\n").Split('\n');
}
