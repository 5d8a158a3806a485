using System.Data.Common;
using GutSkin.Data.Migrations;

namespace GutSkin.Data.Sql;

/// <summary>
/// One database of one engine: hands out connections for an <see cref="Access"/> and brings the schema up to date once
/// per process, before the first connection. The stores are written once over this and <see cref="Dialect"/>.
/// </summary>
internal abstract class Database : IDisposable
{
    private readonly SemaphoreSlim initializeLock = new(1, 1);
    private volatile bool initialized;

    /// <summary>Sets the engine's dialect.</summary>
    /// <param name="dialect">The engine's dialect.</param>
    protected Database(SqlDialect dialect) => Dialect = dialect;

    /// <summary>What differs in this engine's SQL.</summary>
    public SqlDialect Dialect { get; }

    /// <summary>Creates or migrates the schema; does nothing after the first success.</summary>
    /// <param name="cancellationToken">Cancels the wait for another caller that is initialising, and the migration.</param>
    /// <returns>A task.</returns>
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

            await using var connection = await OpenForMigrationAsync(cancellationToken);
            await Migrator.MigrateAsync(connection, Dialect, cancellationToken);
            initialized = true;
        }
        finally
        {
            initializeLock.Release();
        }
    }

    /// <summary>Opens a connection to the initialised database for <paramref name="access"/>. The caller disposes it.</summary>
    /// <param name="access">What the connection is for.</param>
    /// <param name="cancellationToken">Cancels the wait for a turn to write and the open.</param>
    /// <returns>The open connection.</returns>
    public async Task<ConnectionLease> OpenAsync(Access access, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await OpenConnectionAsync(access, cancellationToken);
    }

    /// <summary>Runs one statement on a connection of its own.</summary>
    /// <param name="access">What the connection is for.</param>
    /// <param name="sql">The statement.</param>
    /// <param name="parameters">Adds the statement's parameters.</param>
    /// <param name="cancellationToken">Cancels the statement.</param>
    /// <returns>The number of rows it changed.</returns>
    public async Task<int> ExecuteAsync(Access access, string sql, Func<DbCommand, DbCommand> parameters, CancellationToken cancellationToken)
    {
        await using var lease = await OpenAsync(access, cancellationToken);
        await using var command = parameters(lease.Command(sql));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs one query on a connection of its own and reads every row.</summary>
    /// <typeparam name="T">What a row becomes.</typeparam>
    /// <param name="access">What the connection is for.</param>
    /// <param name="sql">The query.</param>
    /// <param name="parameters">Adds the query's parameters.</param>
    /// <param name="read">Reads the current row.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The rows in the order read.</returns>
    public async Task<IReadOnlyList<T>> QueryAsync<T>(
        Access access, string sql, Func<DbCommand, DbCommand> parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var lease = await OpenAsync(access, cancellationToken);
        await using var command = parameters(lease.Command(sql));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAllAsync(read, cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Opens the connection the migration runs on; the database may not exist yet.</summary>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <returns>An open connection.</returns>
    protected abstract Task<DbConnection> OpenForMigrationAsync(CancellationToken cancellationToken);

    /// <summary>Opens a connection for <paramref name="access"/>, from the engine's pools or write queue.</summary>
    /// <param name="access">What the connection is for.</param>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <returns>The open connection.</returns>
    protected abstract Task<ConnectionLease> OpenConnectionAsync(Access access, CancellationToken cancellationToken);

    /// <summary>Releases the pools and locks.</summary>
    /// <param name="disposing">True from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            initializeLock.Dispose();
        }
    }
}
