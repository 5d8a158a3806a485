using GutSkin.Data.Sql;

namespace GutSkin.Data.Unanswered;

/// <summary>Unanswered questions grouped by normalised text, most asked first, then most recent, then by text: for
/// content staff's report and, over a date range, for the dashboard.</summary>
internal static class UnansweredGroups
{
    /// <summary>Groups the questions that match <paramref name="condition"/>.</summary>
    /// <param name="database">The database.</param>
    /// <param name="condition">Empty, or a WHERE clause over <c>@from</c> and <c>@to</c>.</param>
    /// <param name="from">The first instant counted, when the condition names it.</param>
    /// <param name="to">The first instant not counted, when the condition names it.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One row per distinct normalised question.</returns>
    public static async Task<IReadOnlyList<UnansweredSummary>> ReadAsync(
        Database database, string condition, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        await using var lease = await database.OpenAsync(Access.Read, cancellationToken);
        await using var command = lease.Command(
            $"""
            SELECT normalized_question, CAST(COUNT(*) AS integer) AS asked, MAX(asked_at) AS last_asked
            FROM unanswered_questions
            {condition}
            GROUP BY normalized_question
            ORDER BY asked DESC, last_asked DESC, {dialect.ByCodePoint("normalized_question")};
            """);
        if (from is not null)
        {
            command.WithTime(dialect, "from", from).WithTime(dialect, "to", to);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAllAsync(row => new UnansweredSummary(row.GetString(0), row.GetInt32(1), dialect.ReadTime(row, 2)), cancellationToken);
    }
}
