using System.Data.Common;
using Npgsql;

namespace GutSkin.Data.Sql;

/// <summary>
/// A PostgreSQL database shared by every bot instance: two connection pools, chosen by <see cref="Access"/>.
/// </summary>
/// <remarks>
/// Two plain pools. The per-turn pool carries the statements every turn makes (state reads and writes, unanswered
/// questions, feedback): a few connections that commit asynchronously. The other pool carries everything that must be
/// durable on return or holds a connection for long (leads, deletions, the migration, purges, exports). Neither is
/// multiplexed: Npgsql's multiplexing write loop stayed stuck after the server was killed or its connections were
/// terminated, and the bot never answered again (issue 12); its maintainers are removing it. Both pools give up quickly
/// while the server is unreachable, so a turn fails instead of hanging and the bot recovers as soon as it is back.
/// </remarks>
internal sealed class PostgresDatabase : Database
{
    // Shown in pg_stat_activity, so an operator can tell the bot's connections from others.
    private const string DefaultApplicationName = "GutSkin";

    // Measured (bench/LOAD.md): at 64 concurrent conversations on 2 cores a small pool beats one connection per turn,
    // because each server process and each connection opened under load costs context switches and 0.6 s.
    private const int DefaultPerTurnPoolSize = 8;

    // While the server is down or unreachable: a connection attempt gives up after this many seconds ...
    private const int DefaultConnectTimeoutSeconds = 5;

    // ... and a statement after this many (a turn's statements take milliseconds; purges set their own).
    private const int DefaultCommandTimeoutSeconds = 10;

    // An idle pooled connection is checked this often, so one broken by a server restart is found before a turn uses it.
    private const int DefaultKeepAliveSeconds = 15;

    // After a timeout or a cancelled request, how long to wait for the server to confirm the cancellation before the
    // connection is closed instead; a dead server never confirms.
    private const int DefaultCancellationTimeoutMilliseconds = 1000;

    private static readonly TimeSpan DisposeWait = TimeSpan.FromSeconds(1);

    private readonly NpgsqlDataSource dataSource;
    private readonly NpgsqlDataSource perTurnSource;

    /// <summary>Prepares the connection pools; nothing is connected until first use.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    public PostgresDatabase(string connectionString)
        : base(PostgresDialect.Instance)
    {
        var durable = DurableSettings(connectionString);
        dataSource = NpgsqlDataSource.Create(durable);
        perTurnSource = NpgsqlDataSource.Create(PerTurnSettings(connectionString, durable));
    }

    /// <summary>
    /// The settings of the pool for leads, deletions, the migration and exports: the configured ones, with GutSkin's
    /// defaults for what the connection string does not name.
    /// </summary>
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

        var named = NamedKeywords(connectionString);
        if (!named.Overlaps(["timeout", "connecttimeout", "connectiontimeout"]))
        {
            builder.Timeout = DefaultConnectTimeoutSeconds;
        }

        if (!named.Contains("commandtimeout"))
        {
            builder.CommandTimeout = DefaultCommandTimeoutSeconds;
        }

        if (!named.Contains("keepalive"))
        {
            builder.KeepAlive = DefaultKeepAliveSeconds;
        }

        if (!named.Contains("cancellationtimeout"))
        {
            builder.CancellationTimeout = DefaultCancellationTimeoutMilliseconds;
        }

        // Npgsql would otherwise accept Multiplexing=true from the connection string: that is the bug this removes.
        builder.Multiplexing = false;
        return builder;
    }

    /// <summary>The settings of the per-turn pool: the durable ones, smaller, committing asynchronously.</summary>
    /// <param name="connectionString">The configured Npgsql connection string, to tell which settings it names.</param>
    /// <param name="durable">The durable pool's settings.</param>
    /// <returns>The per-turn pool's settings.</returns>
    internal static NpgsqlConnectionStringBuilder PerTurnSettings(string connectionString, NpgsqlConnectionStringBuilder durable)
    {
        // Asynchronous commit is a session setting, which pooled sessions keep.
        var perTurn = new NpgsqlConnectionStringBuilder(durable.ConnectionString);
        perTurn.Options = string.IsNullOrWhiteSpace(perTurn.Options)
            ? "-c synchronous_commit=off"
            : $"{perTurn.Options} -c synchronous_commit=off";
        var named = NamedKeywords(connectionString);
        if (!named.Contains("maximumpoolsize") && !named.Contains("maxpoolsize"))
        {
            perTurn.MaxPoolSize = DefaultPerTurnPoolSize;
        }

        return perTurn;
    }

    // NpgsqlConnectionStringBuilder reports every keyword it knows as present, so the configured text is read plainly:
    // the keywords as written, without spaces, in lower case.
    private static HashSet<string> NamedKeywords(string connectionString) =>
        new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys
            .Cast<string>()
            .Select(keyword => keyword.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenForMigrationAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    /// <inheritdoc />
    /// <remarks>
    /// The per-turn pool's commits return before the server has flushed them: a server crash may lose the last
    /// fraction of a second of state and analytics, and never corrupts or reorders anything. Leads and deletions use
    /// the durable pool.
    /// </remarks>
    protected override async Task<ConnectionLease> OpenConnectionAsync(Access access, CancellationToken cancellationToken)
    {
        var source = access is Access.TurnRead or Access.TurnWrite ? perTurnSource : dataSource;
        return new ConnectionLease(await source.OpenConnectionAsync(cancellationToken), null);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Closing a pool closes each connection under that connection's lock, which a statement stuck on a stalled
            // network holds until its command timeout. A process that is stopping does not wait for that: the server
            // ends the session when the socket closes with the process.
            var closing = Task.Run(() =>
            {
                dataSource.Dispose();
                perTurnSource.Dispose();
            });
            closing.Wait(DisposeWait);
        }

        base.Dispose(disposing);
    }
}
