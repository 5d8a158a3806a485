using System.Data.Common;
using Npgsql;

namespace GutSkin.Data.Postgres;

/// <summary>The dashboard's queries over the PostgreSQL tables; days are UTC days.</summary>
internal sealed class PostgresDashboardStore(PostgresDatabase database) : IDashboardStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<SectionFeedback>> FeedbackPerSectionAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        QueryAsync(
            """
            SELECT section_id,
                   (COUNT(*) FILTER (WHERE helpful))::integer,
                   (COUNT(*) FILTER (WHERE NOT helpful))::integer
            FROM feedback
            WHERE given_at >= @from AND given_at < @to
            GROUP BY section_id
            ORDER BY section_id COLLATE "C";
            """,
            from,
            to,
            row => new SectionFeedback(row.GetString(0), row.GetInt32(1), row.GetInt32(2)),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<SignupDay>> SignupsPerDayAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        QueryAsync(
            """
            SELECT (created_at AT TIME ZONE 'UTC')::date AS day, COUNT(*)::integer, (COUNT(*) FILTER (WHERE marketing_consent))::integer
            FROM leads
            WHERE created_at >= @from AND created_at < @to
            GROUP BY day
            ORDER BY day;
            """,
            from,
            to,
            row => new SignupDay(row.GetFieldValue<DateOnly>(0), row.GetInt32(1), row.GetInt32(2)),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<UnansweredSummary>> UnansweredAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        QueryAsync(
            """
            SELECT normalized_question, COUNT(*)::integer AS asked, MAX(asked_at) AS last_asked
            FROM unanswered_questions
            WHERE asked_at >= @from AND asked_at < @to
            GROUP BY normalized_question
            ORDER BY asked DESC, last_asked DESC, normalized_question COLLATE "C";
            """,
            from,
            to,
            row => new UnansweredSummary(row.GetString(0), row.GetInt32(1), row.GetFieldValue<DateTimeOffset>(2)),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<QuestionForSection>> NotHelpfulAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        TallyAsync("SELECT question, section_id, given_at FROM feedback WHERE helpful = FALSE AND given_at >= @from AND given_at < @to;", from, to, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<QuestionForSection>> ChosenAlternativesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        TallyAsync("SELECT question, section_id, chosen_at FROM chosen_alternatives WHERE chosen_at >= @from AND chosen_at < @to;", from, to, cancellationToken);

    // Reads (question, section, time) rows and groups them in code: see QuestionTally.
    private async Task<IReadOnlyList<QuestionForSection>> TallyAsync(string sql, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        QuestionTally.Group(await QueryAsync(sql, from, to, row => (row.GetString(0), row.GetString(1), row.GetFieldValue<DateTimeOffset>(2)), cancellationToken));

    private async Task<IReadOnlyList<T>> QueryAsync<T>(
        string sql, DateTimeOffset from, DateTimeOffset to, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("from", PostgresTime.ToUtc(from));
        command.Parameters.AddWithValue("to", PostgresTime.ToUtc(to));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAllAsync(read, cancellationToken);
    }
}
