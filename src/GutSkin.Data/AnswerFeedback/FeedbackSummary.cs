using GutSkin.Data.Sql;

namespace GutSkin.Data.AnswerFeedback;

/// <summary>Helpful and not helpful feedback per section, ordered by section id: for content staff's report and, over
/// a date range, for the dashboard.</summary>
internal static class FeedbackSummary
{
    /// <summary>Counts the feedback that matches <paramref name="condition"/>.</summary>
    /// <param name="database">The database.</param>
    /// <param name="condition">Empty, or a WHERE clause over <c>@from</c> and <c>@to</c>.</param>
    /// <param name="from">The first instant counted, when the condition names it.</param>
    /// <param name="to">The first instant not counted, when the condition names it.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One row per section.</returns>
    public static async Task<IReadOnlyList<SectionFeedback>> ReadAsync(
        Database database, string condition, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        await using var lease = await database.OpenAsync(Access.Read, cancellationToken);
        await using var command = lease.Command(
            $"""
            SELECT section_id,
                   CAST(COUNT(CASE WHEN helpful THEN 1 END) AS integer),
                   CAST(COUNT(CASE WHEN NOT helpful THEN 1 END) AS integer)
            FROM feedback
            {condition}
            GROUP BY section_id
            ORDER BY {dialect.ByCodePoint("section_id")};
            """);
        if (from is not null)
        {
            command.WithTime(dialect, "from", from).WithTime(dialect, "to", to);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAllAsync(row => new SectionFeedback(row.GetString(0), row.GetInt32(1), row.GetInt32(2)), cancellationToken);
    }
}
