using GutSkin.Data.Sql;

namespace GutSkin.Data.Unanswered;

/// <summary>Unanswered questions grouped by normalised text, most asked first, then most recent, then by text: for
/// content staff's report and, over a date range, for the dashboard.</summary>
internal static class UnansweredGroups
{
    /// <summary>Groups the questions asked in <paramref name="range"/>, or all of them.</summary>
    /// <param name="database">The database.</param>
    /// <param name="range">The first instant counted and the first not counted; null for all.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One row per distinct normalised question.</returns>
    public static Task<IReadOnlyList<UnansweredSummary>> ReadAsync(
        Database database, (DateTimeOffset From, DateTimeOffset To)? range, CancellationToken cancellationToken) =>
        database.QueryAsync(
            Access.Read,
            $"""
            SELECT normalized_question, CAST(COUNT(*) AS integer) AS asked, MAX(asked_at) AS last_asked
            FROM unanswered_questions
            {TimeRange.Where("asked_at", range)}
            GROUP BY normalized_question
            ORDER BY asked DESC, last_asked DESC, {database.Dialect.ByCodePoint("normalized_question")};
            """,
            command => TimeRange.Add(command, database.Dialect, range),
            row => new UnansweredSummary(row.GetString(0), row.GetInt32(1), database.Dialect.ReadTime(row, 2)),
            cancellationToken);
}
