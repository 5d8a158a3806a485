using GutSkin.Data.AnswerFeedback;
using GutSkin.Data.Sql;
using GutSkin.Data.Unanswered;

namespace GutSkin.Data.Dashboard;

/// <summary>The dashboard's queries; days are UTC days.</summary>
internal sealed class DashboardStore(Database database) : IDashboardStore
{
    private SqlDialect Dialect => database.Dialect;

    /// <inheritdoc />
    public Task<IReadOnlyList<SectionFeedback>> FeedbackPerSectionAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        FeedbackSummary.ReadAsync(database, (from, to), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<SignupDay>> SignupsPerDayAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        database.QueryAsync(
            Access.Read,
            $"""
            SELECT {Dialect.Day("created_at")} AS day, CAST(COUNT(*) AS integer), CAST(COUNT(CASE WHEN marketing_consent THEN 1 END) AS integer)
            FROM leads
            {TimeRange.Where("created_at", (from, to))}
            GROUP BY day
            ORDER BY day;
            """,
            command => TimeRange.Add(command, Dialect, (from, to)),
            row => new SignupDay(Dialect.ReadDay(row, 0), row.GetInt32(1), row.GetInt32(2)),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<UnansweredSummary>> UnansweredAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        UnansweredGroups.ReadAsync(database, (from, to), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<QuestionForSection>> NotHelpfulAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        TallyAsync("SELECT question, section_id, given_at FROM feedback WHERE NOT helpful AND given_at >= @from AND given_at < @to;", from, to, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<QuestionForSection>> ChosenAlternativesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        TallyAsync("SELECT question, section_id, chosen_at FROM chosen_alternatives WHERE chosen_at >= @from AND chosen_at < @to;", from, to, cancellationToken);

    // Reads (question, section, time) rows and groups them in code: see QuestionTally.
    private async Task<IReadOnlyList<QuestionForSection>> TallyAsync(string sql, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        QuestionTally.Group(await database.QueryAsync(
            Access.Read,
            sql,
            command => TimeRange.Add(command, Dialect, (from, to)),
            row => (row.GetString(0), row.GetString(1), Dialect.ReadTime(row, 2)),
            cancellationToken));
}
