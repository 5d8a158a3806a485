namespace GutSkin.Data.Sqlite;

/// <summary>
/// Deletes a table's rows older than a cutoff a batch at a time. SQLite has one writer: a purge of a year's
/// conversations in one statement would hold every turn's save for seconds; batches let turns in between.
/// </summary>
internal static class SqliteBatchedDelete
{
    /// <summary>Rows deleted per write; a batch takes a few milliseconds.</summary>
    public const int BatchSize = 1000;

    /// <summary>Deletes the rows of <paramref name="table"/> whose <paramref name="timeColumn"/> is before <paramref name="cutoff"/>.</summary>
    /// <param name="database">The database.</param>
    /// <param name="table">The table (a constant of the caller, never input).</param>
    /// <param name="timeColumn">The indexed time column, fixed-width UTC text (see <see cref="SqliteTime"/>).</param>
    /// <param name="cutoff">The oldest instant kept.</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    /// <returns>The number of rows deleted.</returns>
    public static async Task<int> OlderThanAsync(SqliteDatabase database, string table, string timeColumn, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var cutoffText = SqliteTime.ToText(cutoff);
        var total = 0;
        int deleted;
        do
        {
            await using var writer = await database.OpenWriterAsync(SqliteSynchronous.Normal, cancellationToken);
            await using var command = writer.Connection.CreateCommand();
            command.CommandText = $"DELETE FROM {table} WHERE rowid IN (SELECT rowid FROM {table} WHERE {timeColumn} < $cutoff LIMIT {BatchSize});";
            command.Parameters.AddWithValue("$cutoff", cutoffText);
            deleted = await command.ExecuteNonQueryAsync(cancellationToken);
            total += deleted;
        }
        while (deleted == BatchSize);

        return total;
    }
}
