using System.Data;
using System.Data.Common;
using GutSkin.Data.Sql;

namespace GutSkin.Data.TurnEvents;

/// <summary>Turn analytics in the <c>turn_events</c> table.</summary>
internal sealed class TurnEventStore(Database database) : ITurnEventStore
{
    private SqlDialect Dialect => database.Dialect;

    /// <inheritdoc />
    public async Task AddAsync(IReadOnlyList<TurnEvent> turns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turns);
        if (turns.Count == 0)
        {
            return;
        }

        // Written like state (SQLite's queue at synchronous=NORMAL, PostgreSQL's asynchronous commit): a crash may
        // lose the last batch, never a signup. One transaction and one prepared statement for the whole batch: on
        // SQLite's single writer that is one write turn instead of one per row.
        await using var lease = await database.OpenAsync(Access.TurnWrite, cancellationToken);
        await using var transaction = await Dialect.BeginWriteAsync(lease.Connection, cancellationToken);
        await using var command = lease.Command(
            "INSERT INTO turn_events (at, kind, section_id, confidence, channel, locale) VALUES (@at, @kind, @section_id, @confidence, @channel, @locale);",
            transaction);
        var at = Parameter(command, "at", Dialect.TimeType);
        var kind = Parameter(command, "kind", DbType.String);
        var section = Parameter(command, "section_id", DbType.String);
        var confidence = Parameter(command, "confidence", DbType.Double);
        var channel = Parameter(command, "channel", DbType.String);
        var locale = Parameter(command, "locale", DbType.String);
        await command.PrepareAsync(cancellationToken);
        foreach (var turn in turns)
        {
            ArgumentNullException.ThrowIfNull(turn);
            at.Value = Dialect.Time(turn.At);
            kind.Value = turn.Kind;
            section.Value = (object?)turn.SectionId ?? DBNull.Value;
            confidence.Value = (object?)turn.Confidence ?? DBNull.Value;
            channel.Value = turn.Channel;
            locale.Value = (object?)turn.Locale ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        // Not cancelled once every row is in: a cancellation after the commit would have the caller write the batch again.
        await transaction.CommitAsync(CancellationToken.None);
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

    // Typed once, so that a NULL in any row is sent with its type and the statement is prepared once for the batch.
    private static DbParameter Parameter(DbCommand command, string name, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
