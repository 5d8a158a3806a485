namespace GutSkin.Data.Postgres;

/// <summary>The storage for several bot instances: every store in one PostgreSQL database.</summary>
internal sealed class PostgresBackend(PostgresDatabase database) : IStorageBackend
{
    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken) => database.InitializeAsync(cancellationToken);

    /// <inheritdoc />
    public IStateStore CreateStateStore() => new PostgresStateStore(database);

    /// <inheritdoc />
    public ILeadStore CreateLeadStore() => new PostgresLeadStore(database);

    /// <inheritdoc />
    public IFeedbackStore CreateFeedbackStore() => new PostgresFeedbackStore(database);

    /// <inheritdoc />
    public IUnansweredQuestionStore CreateUnansweredQuestionStore() => new PostgresUnansweredQuestionStore(database);

    /// <inheritdoc />
    public ITurnEventStore CreateTurnEventStore() => new PostgresTurnEventStore(database);

    /// <inheritdoc />
    public ISignupRequestStore CreateSignupRequestStore() => new PostgresSignupRequestStore(database);

    /// <inheritdoc />
    public IChosenAlternativeStore CreateChosenAlternativeStore() => new PostgresChosenAlternativeStore(database);

    /// <inheritdoc />
    public IDashboardStore CreateDashboardStore() => new PostgresDashboardStore(database);

    /// <inheritdoc />
    public void Dispose() => database.Dispose();
}
