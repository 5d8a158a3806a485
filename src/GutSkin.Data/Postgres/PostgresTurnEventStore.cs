using Npgsql;
using NpgsqlTypes;

namespace GutSkin.Data.Postgres;

/// <summary>Turn analytics in the <c>turn_events</c> table.</summary>
internal sealed class PostgresTurnEventStore(PostgresDatabase database) : ITurnEventStore
{
    /// <inheritdoc />
    public async Task RecordAsync(TurnEvent turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);

        // On the per-turn connections (asynchronous commit), like state: a crash may lose the last rows, never a signup.
        await using var connection = await database.OpenPerTurnAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO turn_events (at, kind, section_id, confidence, channel, locale)
            VALUES (@at, @kind, @section_id, @confidence, @channel, @locale);
            """,
            connection);
        command.Parameters.AddWithValue("at", PostgresTime.ToUtc(turn.At));
        command.Parameters.AddWithValue("kind", turn.Kind);
        command.Parameters.Add(new NpgsqlParameter("section_id", NpgsqlDbType.Text) { Value = (object?)turn.SectionId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("confidence", NpgsqlDbType.Double) { Value = (object?)turn.Confidence ?? DBNull.Value });
        command.Parameters.AddWithValue("channel", turn.Channel);
        command.Parameters.Add(new NpgsqlParameter("locale", NpgsqlDbType.Text) { Value = (object?)turn.Locale ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TurnEventCount>> CountAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT (at AT TIME ZONE 'UTC')::date AS day, kind, section_id, COUNT(*)::integer
            FROM turn_events
            WHERE at >= @from AND at < @to
            GROUP BY day, kind, section_id
            ORDER BY day, kind COLLATE "C", section_id COLLATE "C";
            """,
            connection);
        command.Parameters.AddWithValue("from", PostgresTime.ToUtc(from));
        command.Parameters.AddWithValue("to", PostgresTime.ToUtc(to));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAllAsync(
            row => new TurnEventCount(row.GetFieldValue<DateOnly>(0), row.GetString(1), row.IsDBNull(2) ? null : row.GetString(2), row.GetInt32(3)),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM turn_events WHERE at < @cutoff;", connection);
        command.Parameters.AddWithValue("cutoff", PostgresTime.ToUtc(cutoff));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
