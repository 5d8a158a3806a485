using System.Data;
using System.Data.Common;

namespace GutSkin.Data.Sql;

/// <summary>
/// PostgreSQL: times are <c>timestamptz</c> (microseconds, sent in UTC), ids are <c>uuid</c>, text is ordered with
/// <c>COLLATE "C"</c> so that it sorts as on SQLite whatever the database's locale, rows are locked with
/// <c>FOR UPDATE</c>, and one statement can insert or update and say which.
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    /// <summary>Rows deleted per statement of a purge: each is its own short transaction, so a first purge of a large
    /// table neither holds locks for long nor writes one huge transaction to the WAL.</summary>
    public const int BatchSize = 5000;

    // Any fixed number works as long as nothing else in the database takes the same advisory lock: "GutSkin" in ASCII.
    private const long MigrationLockKey = 0x47_75_74_53_6B_69_6E;

    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["{Id}"] = "bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
        ["{Text}"] = "text",
        ["{Integer}"] = "integer",
        ["{Real}"] = "double precision",
        ["{Bool}"] = "boolean",
        ["{Time}"] = "timestamptz",
        ["{Uuid}"] = "uuid",
    };

    private PostgresDialect()
    {
    }

    /// <summary>The one instance.</summary>
    public static PostgresDialect Instance { get; } = new();

    /// <inheritdoc />
    // The server's clock, the same for every bot instance.
    public override string Now => "now()";

    /// <inheritdoc />
    public override DbType TimeType => DbType.DateTimeOffset;

    /// <inheritdoc />
    public override string ForUpdate => " FOR UPDATE";

    /// <inheritdoc />
    // xmax is 0 only on a row version this statement inserted; a row it updated carries this transaction's id.
    public override string? InsertedFlag => "xmax = 0";

    /// <inheritdoc />
    public override int PurgeBatchSize => BatchSize;

    /// <inheritdoc />
    // to_regclass resolves through search_path, like the unqualified names in the migrations.
    public override string TableExists => "SELECT to_regclass(@table) IS NOT NULL;";

    /// <inheritdoc />
    // Npgsql refuses any offset but zero for timestamptz rather than guess.
    public override object Time(DateTimeOffset value) => value.ToUniversalTime();

    /// <inheritdoc />
    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    /// <inheritdoc />
    public override string Day(string column) => $"({column} AT TIME ZONE 'UTC')::date";

    /// <inheritdoc />
    public override DateOnly ReadDay(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    /// <inheritdoc />
    public override string ByCodePoint(string column) => $"{column} COLLATE \"C\"";

    /// <inheritdoc />
    public override object Id(Guid id) => id;

    /// <inheritdoc />
    // The time is checked again on each row: a row written since the batch was chosen has moved and is kept.
    public override string PurgeBatch(string table, string timeColumn) =>
        $"DELETE FROM {table} WHERE ctid = ANY(ARRAY(SELECT ctid FROM {table} WHERE {timeColumn} < @cutoff LIMIT {BatchSize})) AND {timeColumn} < @cutoff;";

    /// <inheritdoc />
    public override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.BeginTransactionAsync(cancellationToken);

    /// <inheritdoc />
    public override string Render(string template) => ReplaceTypes(template, Types);

    /// <inheritdoc />
    public override Task PrepareMigrationAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public override async Task LockMigrationAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        // Instances starting together queue here; each later one then finds the work done. Two concurrent
        // CREATE TABLE would otherwise fail on a unique violation in the catalogue.
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(@key);";
        command.With("key", MigrationLockKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override string Describe(DbConnection connection) => $"The PostgreSQL database '{connection.Database}'";
}
