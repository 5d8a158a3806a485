using Microsoft.Data.Sqlite;
using Npgsql;

namespace GutSkin.StateSize;

/// <summary>What the state table takes on disk, the same way on both providers: the table with its indexes.</summary>
internal static class DatabaseSize
{
    private const string Table = "state_documents";

    /// <summary>
    /// SQLite, after a checkpoint: the whole database's pages in use (not on the free list) and the file's size. The
    /// bundled SQLite has no <c>dbstat</c>; the state table's share is what a purge of all its rows frees.
    /// </summary>
    public static async Task<(long Used, long File)> SqliteAsync(string databaseFile)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        await connection.OpenAsync();
        await ScalarAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        var pageSize = await ScalarAsync(connection, "PRAGMA page_size;");
        var pages = await ScalarAsync(connection, "PRAGMA page_count;");
        var free = await ScalarAsync(connection, "PRAGMA freelist_count;");
        return ((pages - free) * pageSize, new FileInfo(databaseFile).Length);
    }

    /// <summary>
    /// PostgreSQL: <c>pg_total_relation_size</c> of the state table (heap, indexes, TOAST) and
    /// <c>pg_database_size</c> of the whole database.
    /// </summary>
    public static async Task<(long Table, long Database)> PostgresAsync(string connectionString, bool vacuumFirst)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        if (vacuumFirst)
        {
            await using var vacuum = new NpgsqlCommand($"VACUUM {Table};", connection);
            await vacuum.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand($"SELECT pg_total_relation_size('{Table}'), pg_database_size(current_database());", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
