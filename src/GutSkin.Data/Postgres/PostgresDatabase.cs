using Npgsql;

namespace GutSkin.Data.Postgres;

/// <summary>
/// A PostgreSQL database shared by every bot instance: pools connections and brings the schema up to date once
/// per process.
/// </summary>
internal sealed class PostgresDatabase : IDisposable
{
    // Shown in pg_stat_activity, so an operator can tell the bot's connections from others.
    private const string DefaultApplicationName = "GutSkin";

    private readonly NpgsqlDataSource dataSource;
    private readonly NpgsqlDataSource asynchronousCommitSource;
    private readonly SemaphoreSlim initializeLock = new(1, 1);
    private volatile bool initialized;

    /// <summary>Prepares a connection pool; nothing is connected until first use.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    public PostgresDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.ApplicationName ??= DefaultApplicationName;

        // The bot changes no session state, so a returned connection needs no DISCARD ALL, and its statements stay
        // prepared: the server parses and plans a turn's few statements once per connection, not once per turn.
        builder.NoResetOnClose = true;
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 20;
        }
        dataSource = NpgsqlDataSource.Create(builder);

        // A separate pool whose sessions commit asynchronously: the setting is per session, and pooled sessions keep it.
        var asynchronous = new NpgsqlConnectionStringBuilder(builder.ConnectionString);
        asynchronous.Options = string.IsNullOrWhiteSpace(asynchronous.Options)
            ? "-c synchronous_commit=off"
            : $"{asynchronous.Options} -c synchronous_commit=off";
        asynchronousCommitSource = NpgsqlDataSource.Create(asynchronous);
    }

    /// <summary>Creates or migrates the schema; does nothing after the first success.</summary>
    /// <param name="cancellationToken">Cancels the connection and the migration.</param>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (initialized)
        {
            return;
        }

        await initializeLock.WaitAsync(cancellationToken);
        try
        {
            if (initialized)
            {
                return;
            }

            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await PostgresSchema.MigrateAsync(connection, cancellationToken);
            initialized = true;
        }
        finally
        {
            initializeLock.Release();
        }
    }

    /// <summary>Opens a pooled connection to an initialised database. The caller disposes it.</summary>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <returns>An open connection.</returns>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await dataSource.OpenConnectionAsync(cancellationToken);
    }

    /// <summary>
    /// Opens a pooled connection whose commits return before the server has flushed them: a server crash may lose
    /// the last fraction of a second of them, and never corrupts or reorders anything. For conversation state and
    /// analytics, written on every turn; leads and deletions use <see cref="OpenAsync"/>.
    /// </summary>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <returns>An open connection.</returns>
    public async Task<NpgsqlConnection> OpenForAsynchronousCommitAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await asynchronousCommitSource.OpenConnectionAsync(cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        dataSource.Dispose();
        asynchronousCommitSource.Dispose();
        initializeLock.Dispose();
    }
}
