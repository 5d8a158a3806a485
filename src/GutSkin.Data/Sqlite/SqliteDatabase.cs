using Microsoft.Data.Sqlite;

namespace GutSkin.Data.Sqlite;

/// <summary>
/// The SQLite file <c>gutskin.db</c>: opens connections and brings the schema up to date once per process.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    /// <summary>The database file name inside the data directory.</summary>
    public const string FileName = "gutskin.db";

    // The bot and the CLI share the file: a writer waits this long for the other's write transaction to finish.
    // Generous, because giving up loses a signup: a 1,000-signup storm on two loaded cores queued writers for
    // several seconds.
    private const int BusyTimeoutMilliseconds = 30_000;

    private readonly string directory;
    private readonly string connectionString;
    private readonly SemaphoreSlim initializeLock = new(1, 1);
    private readonly SemaphoreSlim writeTurn = new(1, 1);
    private volatile bool initialized;

    /// <summary>Points at <c>gutskin.db</c> in <paramref name="dataDirectory"/>; nothing is touched until first use.</summary>
    /// <param name="dataDirectory">The data folder, relative to the current directory or absolute.</param>
    public SqliteDatabase(string dataDirectory)
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

    /// <summary>Creates the data folder and the database, and migrates the schema; does nothing after the first success.</summary>
    /// <param name="cancellationToken">Cancels the wait for another caller that is initialising.</param>
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

            Directory.CreateDirectory(directory);
            await using var connection = await OpenConnectionAsync(SqliteSynchronous.Full, cancellationToken);
            await SqliteSchema.MigrateAsync(connection, cancellationToken);
            initialized = true;
        }
        finally
        {
            initializeLock.Release();
        }
    }

    /// <summary>Opens a connection to read from an initialised database. The caller disposes it.</summary>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <returns>An open connection.</returns>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await OpenConnectionAsync(SqliteSynchronous.Full, cancellationToken);
    }

    /// <summary>
    /// Waits for this process's turn to write, then opens a connection with the given durability. SQLite lets one
    /// connection write at a time; writers of this process queue here without holding a thread, instead of in SQLite's
    /// busy handler, which sleeps 1 to 100 ms between tries (the load test saw those sleeps as most of a turn at 64
    /// users). Other processes (the CLI) still wait in the busy handler.
    /// </summary>
    /// <param name="synchronous">How durable each commit must be.</param>
    /// <param name="cancellationToken">Cancels the wait and the open.</param>
    /// <returns>The writer; disposing it lets the next writer in.</returns>
    public async Task<SqliteWriter> OpenWriterAsync(SqliteSynchronous synchronous, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        await writeTurn.WaitAsync(cancellationToken);
        try
        {
            return new SqliteWriter(await OpenConnectionAsync(synchronous, cancellationToken), writeTurn);
        }
        catch
        {
            writeTurn.Release();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the file can be moved, backed up or deleted.
        using (var connection = new SqliteConnection(connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        initializeLock.Dispose();
        writeTurn.Dispose();
    }

    private async Task<SqliteConnection> OpenConnectionAsync(SqliteSynchronous synchronous, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            // Pooled connections keep their pragmas, so both are set on every open.
            command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = {synchronous.ToString().ToUpperInvariant()};";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
