using Npgsql;

namespace GutSkin.Data.Postgres;

/// <summary>
/// Deletes a table's rows older than a cutoff a batch at a time, each batch its own short transaction, so that a
/// first purge of a large table neither holds locks for long nor writes one huge transaction to the WAL.
/// </summary>
internal static class PostgresBatchedDelete
{
    /// <summary>Rows deleted per statement.</summary>
    public const int BatchSize = 5000;

    /// <summary>Deletes the rows of <paramref name="table"/> whose <paramref name="timeColumn"/> is before <paramref name="cutoff"/>.</summary>
    /// <param name="database">The database.</param>
    /// <param name="table">The table (a constant of the caller, never input).</param>
    /// <param name="timeColumn">The indexed timestamptz column.</param>
    /// <param name="cutoff">The oldest instant kept.</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    /// <returns>The number of rows deleted.</returns>
    public static async Task<int> OlderThanAsync(PostgresDatabase database, string table, string timeColumn, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        // The time is checked again on each row: a row written since the batch was chosen has moved and is kept.
        await using var connection = await database.OpenAsync(cancellationToken);
        var total = 0;
        int deleted;
        do
        {
            await using var command = new NpgsqlCommand(
                $"DELETE FROM {table} WHERE ctid = ANY(ARRAY(SELECT ctid FROM {table} WHERE {timeColumn} < @cutoff LIMIT {BatchSize})) AND {timeColumn} < @cutoff;",
                connection);
            command.Parameters.AddWithValue("cutoff", PostgresTime.ToUtc(cutoff));
            deleted = await command.ExecuteNonQueryAsync(cancellationToken);
            total += deleted;
        }
        while (deleted == BatchSize);

        return total;
    }
}
