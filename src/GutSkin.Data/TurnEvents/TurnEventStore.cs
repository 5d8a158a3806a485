using System.Data;
using GutSkin.Data.Sql;

namespace GutSkin.Data.TurnEvents;

/// <summary>Turn analytics in the <c>turn_events</c> table.</summary>
internal sealed class TurnEventStore(Database database) : ITurnEventStore
{
    private SqlDialect Dialect => database.Dialect;

    /// <inheritdoc />
    public Task RecordAsync(TurnEvent turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);

        // Written like state, on every turn (SQLite's queue at synchronous=NORMAL, PostgreSQL's asynchronous commit):
        // a crash may lose the last rows, never a signup.
        return database.ExecuteAsync(
            Access.TurnWrite,
            "INSERT INTO turn_events (at, kind, section_id, confidence, channel, locale) VALUES (@at, @kind, @section_id, @confidence, @channel, @locale);",
            command => command
                .WithTime(Dialect, "at", turn.At)
                .With("kind", turn.Kind)
                .With("section_id", turn.SectionId)
                .With("confidence", turn.Confidence, DbType.Double)
                .With("channel", turn.Channel)
                .With("locale", turn.Locale),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TurnEventCount>> CountAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        database.QueryAsync(
            Access.Read,
            $"""
            SELECT {Dialect.Day("at")} AS day, kind, section_id, CAST(COUNT(*) AS integer)
            FROM turn_events
            {TimeRange.Where("at", (from, to))}
            GROUP BY day, kind, section_id
            ORDER BY day, {Dialect.ByCodePoint("kind")}, {Dialect.ByCodePoint("section_id")};
            """,
            command => TimeRange.Add(command, Dialect, (from, to)),
            row => new TurnEventCount(Dialect.ReadDay(row, 0), row.GetString(1), row.IsDBNull(2) ? null : row.GetString(2), row.GetInt32(3)),
            cancellationToken);

    /// <inheritdoc />
    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            Access.Purge, "DELETE FROM turn_events WHERE at < @cutoff;", command => command.WithTime(Dialect, "cutoff", cutoff), cancellationToken);
}
