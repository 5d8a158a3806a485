using System.Globalization;

namespace GutSkin.Data.Sqlite;

/// <summary>Turn analytics in the <c>turn_events</c> table.</summary>
internal sealed class SqliteTurnEventStore(SqliteDatabase database) : ITurnEventStore
{
    /// <inheritdoc />
    public async Task RecordAsync(TurnEvent turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);

        // In the process's write queue at synchronous=NORMAL, like state: a crash may lose the last rows, never a signup.
        await using var writer = await database.OpenWriterAsync(SqliteSynchronous.Normal, cancellationToken);
        await using var command = writer.Connection.CreateCommand();
        command.CommandText = """
            INSERT INTO turn_events (at, kind, section_id, confidence, channel, locale)
            VALUES ($at, $kind, $section_id, $confidence, $channel, $locale);
            """;
        command.Parameters.AddWithValue("$at", SqliteTime.ToText(turn.At));
        command.Parameters.AddWithValue("$kind", turn.Kind);
        command.Parameters.AddWithValue("$section_id", (object?)turn.SectionId ?? DBNull.Value);
        command.Parameters.AddWithValue("$confidence", (object?)turn.Confidence ?? DBNull.Value);
        command.Parameters.AddWithValue("$channel", turn.Channel);
        command.Parameters.AddWithValue("$locale", (object?)turn.Locale ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TurnEventCount>> CountAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // The stored text starts with the UTC date (see SqliteTime).
        command.CommandText = """
            SELECT substr(at, 1, 10) AS day, kind, section_id, COUNT(*)
            FROM turn_events
            WHERE at >= $from AND at < $to
            GROUP BY day, kind, section_id
            ORDER BY day, kind, section_id;
            """;
        command.Parameters.AddWithValue("$from", SqliteTime.ToText(from));
        command.Parameters.AddWithValue("$to", SqliteTime.ToText(to));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAllAsync(
            row => new TurnEventCount(
                DateOnly.ParseExact(row.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                row.GetString(1),
                row.IsDBNull(2) ? null : row.GetString(2),
                row.GetInt32(3)),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenWriterAsync(SqliteSynchronous.Normal, cancellationToken);
        await using var command = writer.Connection.CreateCommand();
        command.CommandText = "DELETE FROM turn_events WHERE at < $cutoff;";
        command.Parameters.AddWithValue("$cutoff", SqliteTime.ToText(cutoff));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
