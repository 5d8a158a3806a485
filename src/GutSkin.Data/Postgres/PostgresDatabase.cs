using System.Data.Common;
using Npgsql;

namespace GutSkin.Data.Postgres;

/// <summary>
/// A PostgreSQL database shared by every bot instance: pools connections and brings the schema up to date once
/// per process.
/// </summary>
/// <remarks>
/// Two pools. The per-turn pool carries the statements every turn makes (state reads and writes, unanswered
/// questions, feedback): it multiplexes them over a few connections and commits asynchronously. The other pool
/// carries everything that must be durable on return or holds a connection for long (leads, deletions, the schema
/// migration, exports).
/// </remarks>
internal sealed class PostgresDatabase : IDisposable
{
    // Shown in pg_stat_activity, so an operator can tell the bot's connections from others.
    private const string DefaultApplicationName = "GutSkin";

    private readonly NpgsqlDataSource dataSource;
    private readonly NpgsqlDataSource perTurnSource;
    private readonly SemaphoreSlim initializeLock = new(1, 1);
    private volatile bool initialized;

    // Enough connections for the server to overlap a few multiplexed batches; more only add server processes.
    private const int DefaultPerTurnPoolSize = 8;

    /// <summary>Prepares the connection pools; nothing is connected until first use.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    public PostgresDatabase(string connectionString)
    {
        var durable = DurableSettings(connectionString);
        dataSource = NpgsqlDataSource.Create(durable);
        perTurnSource = NpgsqlDataSource.Create(PerTurnSettings(connectionString, durable));
    }

    /// <summary>The settings of the pool for leads, deletions, the migration and exports.</summary>
    /// <param name="connectionString">The configured Npgsql connection string.</param>
    /// <returns>The configured settings with GutSkin's defaults filled in.</returns>
    internal static NpgsqlConnectionStringBuilder DurableSettings(string connectionString)
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

        return builder;
    }

    /// <summary>The settings of the per-turn pool: the durable ones, multiplexed, committing asynchronously.</summary>
    /// <param name="connectionString">The configured Npgsql connection string, to tell which settings it names.</param>
    /// <param name="durable">The durable pool's settings.</param>
    /// <returns>The per-turn pool's settings.</returns>
    internal static NpgsqlConnectionStringBuilder PerTurnSettings(string connectionString, NpgsqlConnectionStringBuilder durable)
    {
        // Asynchronous commit is a session setting, which pooled sessions keep. Multiplexing sends the statements of
        // many concurrent turns down a few connections, several per write: each server process and each round trip
        // costs context switches, which on a small machine cost more than the statements (bench/LOAD.md). It allows
        // single statements and transactions, which is all this pool is used for.
        var perTurn = new NpgsqlConnectionStringBuilder(durable.ConnectionString) { Multiplexing = true };
        perTurn.Options = string.IsNullOrWhiteSpace(perTurn.Options)
            ? "-c synchronous_commit=off"
            : $"{perTurn.Options} -c synchronous_commit=off";
        if (!NamesMaximumPoolSize(connectionString))
        {
            perTurn.MaxPoolSize = DefaultPerTurnPoolSize;
        }

        return perTurn;
    }

    // NpgsqlConnectionStringBuilder reports every keyword it knows as present, so the configured text is read plainly.
    private static bool NamesMaximumPoolSize(string connectionString) =>
        new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys
            .Cast<string>()
            .Select(keyword => keyword.Replace(" ", string.Empty, StringComparison.Ordinal))
            .Any(keyword => keyword.Equals("MaximumPoolSize", StringComparison.OrdinalIgnoreCase)
                || keyword.Equals("MaxPoolSize", StringComparison.OrdinalIgnoreCase));

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
    /// Opens a connection from the per-turn pool, for conversation state and analytics, read or written on every
    /// turn. Its commits return before the server has flushed them: a server crash may lose the last fraction of a
    /// second of them, and never corrupts or reorders anything. Its statements are multiplexed, so it takes no
    /// session state (no SET, no session locks); leads and deletions use <see cref="OpenAsync"/>.
    /// </summary>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <returns>An open connection.</returns>
    public async Task<NpgsqlConnection> OpenPerTurnAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await perTurnSource.OpenConnectionAsync(cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        dataSource.Dispose();
        perTurnSource.Dispose();
        initializeLock.Dispose();
    }
}
