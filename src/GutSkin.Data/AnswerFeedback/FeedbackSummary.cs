using GutSkin.Data.Sql;

namespace GutSkin.Data.AnswerFeedback;

/// <summary>Helpful and not helpful feedback per section, ordered by section id: for content staff's report and, over
/// a date range, for the dashboard.</summary>
internal static class FeedbackSummary
{
    /// <summary>Counts the feedback given in <paramref name="range"/>, or all of it.</summary>
    /// <param name="database">The database.</param>
    /// <param name="range">The first instant counted and the first not counted; null for all.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One row per section.</returns>
    public static Task<IReadOnlyList<SectionFeedback>> ReadAsync(
        Database database, (DateTimeOffset From, DateTimeOffset To)? range, CancellationToken cancellationToken) =>
        database.QueryAsync(
            Access.Read,
            $"""
            SELECT section_id,
                   CAST(COUNT(CASE WHEN helpful THEN 1 END) AS integer),
                   CAST(COUNT(CASE WHEN NOT helpful THEN 1 END) AS integer)
            FROM feedback
            {TimeRange.Where("given_at", range)}
            GROUP BY section_id
            ORDER BY {database.Dialect.ByCodePoint("section_id")};
            """,
            command => TimeRange.Add(command, database.Dialect, range),
            row => new SectionFeedback(row.GetString(0), row.GetInt32(1), row.GetInt32(2)),
            cancellationToken);
}
