namespace GutSkin.Data.Sqlite;

/// <summary>The zero-setup storage: every store in the SQLite file <c>gutskin.db</c>.</summary>
internal sealed class SqliteBackend(SqliteDatabase database) : IStorageBackend
{
    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken) => database.InitializeAsync(cancellationToken);

    /// <inheritdoc />
    public IStateStore CreateStateStore() => new SqliteStateStore(database);

    /// <inheritdoc />
    public ILeadStore CreateLeadStore() => new SqliteLeadStore(database);

    /// <inheritdoc />
    public IFeedbackStore CreateFeedbackStore() => new SqliteFeedbackStore(database);

    /// <inheritdoc />
    public IUnansweredQuestionStore CreateUnansweredQuestionStore() => new SqliteUnansweredQuestionStore(database);

    /// <inheritdoc />
    public ITurnEventStore CreateTurnEventStore() => new SqliteTurnEventStore(database);

    /// <inheritdoc />
    public ISignupRequestStore CreateSignupRequestStore() => new SqliteSignupRequestStore(database);

    /// <inheritdoc />
    public IChosenAlternativeStore CreateChosenAlternativeStore() => new SqliteChosenAlternativeStore(database);

    /// <inheritdoc />
    public IDashboardStore CreateDashboardStore() => new SqliteDashboardStore(database);

    /// <inheritdoc />
    public void Dispose() => database.Dispose();
}
