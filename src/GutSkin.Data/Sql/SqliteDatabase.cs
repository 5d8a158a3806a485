using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace GutSkin.Data.Sql;

/// <summary>
/// The SQLite file <c>gutskin.db</c>, the zero-setup storage: reads on plain pooled connections, writes through this
/// process's single-writer queue.
/// </summary>
internal sealed class SqliteDatabase : Database
{
    /// <summary>The database file name inside the data directory.</summary>
    public const string FileName = "gutskin.db";

    // The bot and the CLI share the file: a writer waits this long for the other's write transaction to finish.
    // Generous, because giving up loses a signup: a 1,000-signup storm on two loaded cores queued writers for
    // several seconds.
    private const int BusyTimeoutMilliseconds = 30_000;

    private readonly string directory;
    private readonly string connectionString;
    private readonly SemaphoreSlim writeTurn = new(1, 1);
    private readonly SqliteConnectionPragmas pragmas = new(BusyTimeoutMilliseconds);

    /// <summary>Points at <c>gutskin.db</c> in <paramref name="dataDirectory"/>; nothing is touched until first use.</summary>
    /// <param name="dataDirectory">The data folder, relative to the current directory or absolute.</param>
    public SqliteDatabase(string dataDirectory)
        : base(SqliteDialect.Instance)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        directory = Path.GetFullPath(dataDirectory);
        FilePath = Path.Combine(directory, FileName);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
    }

    /// <summary>The full path of the database file.</summary>
    public string FilePath { get; }

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenForMigrationAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        return await OpenConnectionAsync(SqliteSynchronous.Full, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task<ConnectionLease> OpenConnectionAsync(Access access, CancellationToken cancellationToken) =>
        access switch
        {
            Access.Read or Access.TurnRead => new ConnectionLease(await OpenConnectionAsync(null, cancellationToken), null),
            Access.DurableWrite => await OpenWriterAsync(SqliteSynchronous.Full, cancellationToken),
            _ => await OpenWriterAsync(SqliteSynchronous.Normal, cancellationToken),
        };

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Pooled connections keep the file open; release them so the file can be moved, backed up or deleted.
            using (var connection = new SqliteConnection(connectionString))
            {
                SqliteConnection.ClearPool(connection);
            }

            writeTurn.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>
    /// Waits for this process's turn to write, then opens a connection with the given durability. SQLite lets one
    /// connection write at a time; writers of this process queue here without holding a thread, instead of in SQLite's
    /// busy handler, which sleeps 1 to 100 ms between tries (the load test saw those sleeps as most of a turn at 64
    /// users). Other processes (the CLI) still wait in the busy handler.
    /// </summary>
    private async Task<ConnectionLease> OpenWriterAsync(SqliteSynchronous synchronous, CancellationToken cancellationToken)
    {
        await writeTurn.WaitAsync(cancellationToken);
        try
        {
            return new ConnectionLease(await OpenConnectionAsync(synchronous, cancellationToken), writeTurn);
        }
        catch
        {
            writeTurn.Release();
            throw;
        }
    }

    // A reader passes no durability: it commits nothing, so whatever its pooled connection was last set to does not matter.
    private async Task<SqliteConnection> OpenConnectionAsync(SqliteSynchronous? synchronous, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await pragmas.ApplyAsync(connection, synchronous, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
