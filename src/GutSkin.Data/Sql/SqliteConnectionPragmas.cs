using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GutSkin.Data.Sql;

/// <summary>
/// The per-connection settings of pooled SQLite connections, applied once per native connection rather than on every
/// open: a pooled connection keeps its pragmas, and running them on each open was 7 % of a turn's CPU in the load test.
/// </summary>
internal sealed class SqliteConnectionPragmas(int busyTimeoutMilliseconds)
{
    // Keyed by the native handle, which the pool hands out again; an entry goes when its handle is collected.
    private readonly ConditionalWeakTable<sqlite3, Applied> applied = [];

    /// <summary>Sets the busy timeout on a connection the first time it is seen and, when <paramref name="synchronous"/>
    /// is given, its durability when it differs from what the connection was last set to.</summary>
    /// <param name="connection">An open connection of the pool.</param>
    /// <param name="synchronous">The durability a writer needs; null for a reader, which writes nothing.</param>
    /// <param name="cancellationToken">Cancels the statement.</param>
    /// <returns>A task.</returns>
    public async Task ApplyAsync(SqliteConnection connection, SqliteSynchronous? synchronous, CancellationToken cancellationToken)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var fresh = !applied.TryGetValue(handle, out var settings);
        settings ??= new Applied();
        var statements = fresh ? $"PRAGMA busy_timeout = {busyTimeoutMilliseconds};" : string.Empty;
        if (synchronous is { } wanted && settings.Synchronous != wanted)
        {
            statements += $"PRAGMA synchronous = {wanted.ToString().ToUpperInvariant()};";
        }

        if (statements.Length > 0)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = statements;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        // Recorded only once the statements ran: a failed open is disposed, and its handle is not reused as set.
        settings.Synchronous = synchronous ?? settings.Synchronous;
        if (fresh)
        {
            applied.AddOrUpdate(handle, settings);
        }
    }

    // A handle is used by one connection at a time, so its entry needs no lock.
    private sealed class Applied
    {
        public SqliteSynchronous? Synchronous { get; set; }
    }
}
