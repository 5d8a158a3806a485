using Microsoft.Data.Sqlite;

namespace GutSkin.Data.Sqlite;

/// <summary>An open connection holding this process's turn to write; disposing it closes the connection and lets the
/// next writer in.</summary>
internal sealed class SqliteWriter(SqliteConnection connection, SemaphoreSlim writeTurn) : IAsyncDisposable
{
    private int disposed;

    /// <summary>The connection to write with.</summary>
    public SqliteConnection Connection { get; } = connection;

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
                writeTurn.Release();
            }
        }
    }
}
