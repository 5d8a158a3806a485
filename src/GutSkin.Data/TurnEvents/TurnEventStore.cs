using System.Data;
using GutSkin.Data.Sql;

namespace GutSkin.Data.TurnEvents;

/// <summary>Turn analytics in the <c>turn_events</c> table.</summary>
internal sealed class TurnEventStore(Database database) : ITurnEventStore
{
    /// <inheritdoc />
    public async Task RecordAsync(TurnEvent turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);

        // Written like state, on every turn (SQLite's queue at synchronous=NORMAL, PostgreSQL's asynchronous commit):
        // a crash may lose the last rows, never a signup.
        await using var lease = await database.OpenAsync(Access.TurnWrite, cancellationToken);
        await using var command = lease.Command(
                """
                INSERT INTO turn_events (at, kind, section_id, confidence, channel, locale)
                VALUES (@at, @kind, @section_id, @confidence, @channel, @locale);
                """)
            .WithTime(database.Dialect, "at", turn.At)
            .With("kind", turn.Kind)
            .With("section_id", turn.SectionId)
            .With("confidence", turn.Confidence, DbType.Double)
            .With("channel", turn.Channel)
            .With("locale", turn.Locale);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TurnEventCount>> CountAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        await using var lease = await database.OpenAsync(Access.Read, cancellationToken);
        await using var command = lease.Command(
                $"""
                SELECT {dialect.Day("at")} AS day, kind, section_id, CAST(COUNT(*) AS integer)
                FROM turn_events
                WHERE at >= @from AND at < @to
                GROUP BY day, kind, section_id
                ORDER BY day, {dialect.ByCodePoint("kind")}, {dialect.ByCodePoint("section_id")};
                """)
            .WithTime(dialect, "from", from)
            .WithTime(dialect, "to", to);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAllAsync(
            row => new TurnEventCount(dialect.ReadDay(row, 0), row.GetString(1), row.IsDBNull(2) ? null : row.GetString(2), row.GetInt32(3)),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var lease = await database.OpenAsync(Access.Purge, cancellationToken);
        await using var command = lease.Command("DELETE FROM turn_events WHERE at < @cutoff;").WithTime(database.Dialect, "cutoff", cutoff);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
