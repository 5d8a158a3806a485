namespace GutSkin.Data.Sql;

/// <summary>
/// Deletes a table's rows older than a cutoff a batch at a time, each batch its own statement on its own connection
/// (see <see cref="SqlDialect.PurgeBatch"/>): on SQLite a year's conversations in one statement would hold every turn's
/// save for seconds, so turns get the write queue between batches; on PostgreSQL no batch holds locks for long or
/// writes one huge transaction to the WAL.
/// </summary>
internal static class BatchedPurge
{
    /// <summary>Deletes the rows of <paramref name="table"/> whose <paramref name="timeColumn"/> is before <paramref name="cutoff"/>.</summary>
    /// <param name="database">The database.</param>
    /// <param name="table">The table (a constant of the caller, never input).</param>
    /// <param name="timeColumn">The indexed time column.</param>
    /// <param name="cutoff">The oldest instant kept.</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    /// <returns>The number of rows deleted.</returns>
    public static async Task<int> OlderThanAsync(Database database, string table, string timeColumn, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        var sql = dialect.PurgeBatch(table, timeColumn);
        var total = 0;
        int deleted;
        do
        {
            await using var lease = await database.OpenAsync(Access.Purge, cancellationToken);
            await using var command = lease.Command(sql).WithTime(dialect, "cutoff", cutoff);
            deleted = await command.ExecuteNonQueryAsync(cancellationToken);
            total += deleted;
        }
        while (deleted == dialect.PurgeBatchSize);

        return total;
    }
}
