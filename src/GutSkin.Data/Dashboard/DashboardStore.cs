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
        FeedbackSummary.ReadAsync(database, "WHERE given_at >= @from AND given_at < @to", from, to, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<SignupDay>> SignupsPerDayAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var lease = await database.OpenAsync(Access.Read, cancellationToken);
        await using var command = lease.Command(
                $"""
                SELECT {Dialect.Day("created_at")} AS day, CAST(COUNT(*) AS integer), CAST(COUNT(CASE WHEN marketing_consent THEN 1 END) AS integer)
                FROM leads
                WHERE created_at >= @from AND created_at < @to
                GROUP BY day
                ORDER BY day;
                """)
            .WithTime(Dialect, "from", from)
            .WithTime(Dialect, "to", to);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAllAsync(row => new SignupDay(Dialect.ReadDay(row, 0), row.GetInt32(1), row.GetInt32(2)), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<UnansweredSummary>> UnansweredAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        UnansweredGroups.ReadAsync(database, "WHERE asked_at >= @from AND asked_at < @to", from, to, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<QuestionForSection>> NotHelpfulAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        TallyAsync("SELECT question, section_id, given_at FROM feedback WHERE NOT helpful AND given_at >= @from AND given_at < @to;", from, to, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<QuestionForSection>> ChosenAlternativesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        TallyAsync("SELECT question, section_id, chosen_at FROM chosen_alternatives WHERE chosen_at >= @from AND chosen_at < @to;", from, to, cancellationToken);

    // Reads (question, section, time) rows and groups them in code: see QuestionTally.
    private async Task<IReadOnlyList<QuestionForSection>> TallyAsync(string sql, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var lease = await database.OpenAsync(Access.Read, cancellationToken);
        await using var command = lease.Command(sql).WithTime(Dialect, "from", from).WithTime(Dialect, "to", to);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return QuestionTally.Group(await reader.ReadAllAsync(row => (row.GetString(0), row.GetString(1), Dialect.ReadTime(row, 2)), cancellationToken));
    }
}
