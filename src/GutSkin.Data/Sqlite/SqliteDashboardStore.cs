using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GutSkin.Data.Sqlite;

/// <summary>The dashboard's queries over the SQLite tables. Stored times are fixed-width UTC text (see
/// <see cref="SqliteTime"/>), so text comparison is time comparison and the first ten characters are the UTC day.</summary>
internal sealed class SqliteDashboardStore(SqliteDatabase database) : IDashboardStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<SectionFeedback>> FeedbackPerSectionAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        QueryAsync(
            """
            SELECT section_id, SUM(helpful), SUM(1 - helpful)
            FROM feedback
            WHERE given_at >= $from AND given_at < $to
            GROUP BY section_id
            ORDER BY section_id;
            """,
            from,
            to,
            row => new SectionFeedback(row.GetString(0), row.GetInt32(1), row.GetInt32(2)),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<SignupDay>> SignupsPerDayAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        QueryAsync(
            """
            SELECT substr(created_at, 1, 10) AS day, COUNT(*), SUM(marketing_consent)
            FROM leads
            WHERE created_at >= $from AND created_at < $to
            GROUP BY day
            ORDER BY day;
            """,
            from,
            to,
            row => new SignupDay(DateOnly.ParseExact(row.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture), row.GetInt32(1), row.GetInt32(2)),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<UnansweredSummary>> UnansweredAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        QueryAsync(
            """
            SELECT normalized_question, COUNT(*) AS asked, MAX(asked_at) AS last_asked
            FROM unanswered_questions
            WHERE asked_at >= $from AND asked_at < $to
            GROUP BY normalized_question
            ORDER BY asked DESC, last_asked DESC, normalized_question;
            """,
            from,
            to,
            row => new UnansweredSummary(row.GetString(0), row.GetInt32(1), SqliteTime.FromText(row.GetString(2))),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<QuestionForSection>> NotHelpfulAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        TallyAsync("SELECT question, section_id, given_at FROM feedback WHERE helpful = 0 AND given_at >= $from AND given_at < $to;", from, to, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<QuestionForSection>> ChosenAlternativesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        TallyAsync("SELECT question, section_id, chosen_at FROM chosen_alternatives WHERE chosen_at >= $from AND chosen_at < $to;", from, to, cancellationToken);

    // Reads (question, section, time) rows and groups them in code: see QuestionTally.
    private async Task<IReadOnlyList<QuestionForSection>> TallyAsync(string sql, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        QuestionTally.Group(await QueryAsync(sql, from, to, row => (row.GetString(0), row.GetString(1), SqliteTime.FromText(row.GetString(2))), cancellationToken));

    private async Task<IReadOnlyList<T>> QueryAsync<T>(
        string sql, DateTimeOffset from, DateTimeOffset to, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$from", SqliteTime.ToText(from));
        command.Parameters.AddWithValue("$to", SqliteTime.ToText(to));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAllAsync(row => read((SqliteDataReader)row), cancellationToken);
    }
}
