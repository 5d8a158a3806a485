using System.Globalization;
using System.Text;
using GutSkin.Data;

namespace GutSkin.Cli.Commands;

/// <summary><c>report</c>: what visitors asked that the knowledge could not answer, and how each section's answers were rated.</summary>
internal static class ReportCommand
{
    private const string CountHeading = "Count";
    private const string LastAskedHeading = "Last asked (UTC)";
    private const string SectionHeading = "Section";
    private const string HelpfulHeading = "Helpful";
    private const string NotHelpfulHeading = "Not helpful";

    /// <summary>Writes the report to <paramref name="output"/>.</summary>
    /// <param name="unanswered">The unanswered question store.</param>
    /// <param name="feedback">The feedback store.</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="ct">Cancels the report.</param>
    /// <returns>The exit code: 0.</returns>
    public static async Task<int> RunAsync(
        IUnansweredQuestionStore unanswered, IFeedbackStore feedback, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(unanswered);
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(output);

        var questions = await unanswered.SummaryAsync(ct);
        var sections = await feedback.SummaryAsync(ct);
        var report = new StringBuilder();
        AppendUnanswered(report, questions);
        report.AppendLine();
        AppendFeedback(report, sections);
        await output.WriteAsync(report.ToString());
        await output.FlushAsync(ct);
        return 0;
    }

    private static void AppendUnanswered(StringBuilder report, IReadOnlyList<UnansweredSummary> questions)
    {
        var asked = questions.Sum(q => q.Count);
        report.AppendLine(CultureInfo.InvariantCulture, $"Unanswered questions ({questions.Count} distinct, asked {asked} times)");
        if (questions.Count == 0)
        {
            report.AppendLine("  (none)");
            return;
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"  {CountHeading,5}  {LastAskedHeading,-16}  Question");
        foreach (var question in questions)
        {
            var lastAsked = question.LastAsked.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            report.AppendLine(CultureInfo.InvariantCulture, $"  {question.Count,5}  {lastAsked,-16}  {Printable(question.Question)}");
        }
    }

    private static void AppendFeedback(StringBuilder report, IReadOnlyList<SectionFeedback> sections)
    {
        report.AppendLine("Feedback per section");
        if (sections.Count == 0)
        {
            report.AppendLine("  (none)");
            return;
        }

        var width = sections.Max(s => Printable(s.SectionId).Length);
        width = Math.Max(width, SectionHeading.Length);
        report.AppendLine(CultureInfo.InvariantCulture, $"  {SectionHeading.PadRight(width)}  {HelpfulHeading,7}  {NotHelpfulHeading,11}");
        foreach (var section in sections)
        {
            report.AppendLine(
                CultureInfo.InvariantCulture,
                $"  {Printable(section.SectionId).PadRight(width)}  {section.Helpful,7}  {section.NotHelpful,11}");
        }
    }

    // Questions are typed by visitors: a stray escape sequence must not be able to restyle or rewrite the terminal.
    private static string Printable(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
}
