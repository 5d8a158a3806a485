using System.Data;
using System.Data.Common;
using GutSkin.Data.Sql;

namespace GutSkin.Data.TurnEvents;

/// <summary>Turn analytics in the <c>turn_events</c> table.</summary>
internal sealed class TurnEventStore(Database database) : ITurnEventStore
{
    // 6 parameters a row: 300 a statement, far under either engine's limit (SQLite 32,766, PostgreSQL 65,535).
    private const int RowsPerStatement = 50;

    private static readonly string FullChunkInsert = InsertStatement(RowsPerStatement);

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
        // lose the last batch, never a signup. One transaction for the whole batch, many rows per statement: on
        // SQLite's single writer the batch holds the write lock for less time, and turns' state writes wait less.
        await using var lease = await database.OpenAsync(Access.TurnWrite, cancellationToken);
        await using var transaction = await Dialect.BeginWriteAsync(lease.Connection, cancellationToken);
        foreach (var rows in turns.Chunk(RowsPerStatement))
        {
            await using var command = lease.Command(rows.Length == RowsPerStatement ? FullChunkInsert : InsertStatement(rows.Length), transaction);
            for (var i = 0; i < rows.Length; i++)
            {
                var turn = rows[i];
                ArgumentNullException.ThrowIfNull(turn);
                Parameter(command, $"at{i}", Dialect.TimeType, Dialect.Time(turn.At));
                Parameter(command, $"kind{i}", DbType.String, turn.Kind);
                Parameter(command, $"section_id{i}", DbType.String, turn.SectionId);
                Parameter(command, $"confidence{i}", DbType.Double, turn.Confidence);
                Parameter(command, $"channel{i}", DbType.String, turn.Channel);
                Parameter(command, $"locale{i}", DbType.String, turn.Locale);
            }

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

    // "INSERT ... VALUES (@at0, ...), (@at1, ...)": the same text for every full chunk, so PostgreSQL prepares it once.
    private static string InsertStatement(int rows) =>
        "INSERT INTO turn_events (at, kind, section_id, confidence, channel, locale) VALUES "
        + string.Join(", ", Enumerable.Range(0, rows).Select(i => $"(@at{i}, @kind{i}, @section_id{i}, @confidence{i}, @channel{i}, @locale{i})"))
        + ";";

    // Typed, so that a NULL is sent with its column's type.
    private static void Parameter(DbCommand command, string name, DbType type, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
