using GutSkin.Data.Unanswered;

namespace GutSkin.Data.Dashboard;

/// <summary>Groups question rows by normalised question and section, for both storage providers: the feedback table has
/// no normalised column, and SQLite's lower() only knows ASCII.</summary>
internal static class QuestionTally
{
    /// <summary>One row per normalised question and section, most often first, then most recent, then by text.</summary>
    /// <param name="rows">The question, section and time of each row.</param>
    /// <returns>The groups.</returns>
    public static IReadOnlyList<QuestionForSection> Group(IEnumerable<(string Question, string SectionId, DateTimeOffset At)> rows) =>
        [.. rows
            .GroupBy(row => (Question: QuestionText.Normalize(row.Question), row.SectionId))
            .Select(group => new QuestionForSection(group.Key.Question, group.Key.SectionId, group.Count(), group.Max(row => row.At)))
            .OrderByDescending(row => row.Count)
            .ThenByDescending(row => row.LastAt)
            .ThenBy(row => row.Question, StringComparer.Ordinal)
            .ThenBy(row => row.SectionId, StringComparer.Ordinal)];
}
