using System.Data.Common;

namespace GutSkin.Data.Sql;

/// <summary>An open connection, and for a SQLite writer this process's turn to write; disposing it closes the
/// connection (back to its pool) and lets the next writer in.</summary>
/// <param name="connection">The open connection.</param>
/// <param name="writeTurn">The write queue's turn this lease holds, or null.</param>
internal sealed class ConnectionLease(DbConnection connection, SemaphoreSlim? writeTurn) : IAsyncDisposable
{
    private int disposed;

    /// <summary>The connection.</summary>
    public DbConnection Connection { get; } = connection;

    /// <summary>A command on this connection, in <paramref name="transaction"/> when one is given.</summary>
    /// <param name="sql">The statement, with <c>@name</c> parameters.</param>
    /// <param name="transaction">The transaction the command runs in, if any.</param>
    /// <returns>The command; the caller disposes it.</returns>
    public DbCommand Command(string sql, DbTransaction? transaction = null)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            try
            {
                await Connection.DisposeAsync();
            }
            finally
            {
                writeTurn?.Release();
            }
        }
    }
}
