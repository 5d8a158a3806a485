using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GutSkin.Data.Sql;

/// <summary>
/// SQLite: times are fixed-width ISO 8601 UTC text (see <see cref="SqliteTime"/>), so text order is time order and the
/// first ten characters are the UTC day; ids are 32 hex digits; text already orders by code point; one writer at a time.
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    /// <summary>Rows deleted per write of a purge; a batch takes a few milliseconds, so turns get in between.</summary>
    public const int BatchSize = 1000;

    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["{Id}"] = "INTEGER PRIMARY KEY",
        ["{Text}"] = "TEXT",
        ["{Integer}"] = "INTEGER",
        ["{Real}"] = "REAL",
        ["{Bool}"] = "INTEGER",
        ["{Time}"] = "TEXT",
        ["{Uuid}"] = "TEXT",
    };

    private SqliteDialect()
    {
    }

    /// <summary>The one instance.</summary>
    public static SqliteDialect Instance { get; } = new();

    /// <inheritdoc />
    // strftime's %f is seconds with three decimals: four zeros make the same width as SqliteTime's seven.
    public override string Now => "(strftime('%Y-%m-%dT%H:%M:%f', 'now') || '0000Z')";

    /// <inheritdoc />
    public override DbType TimeType => DbType.String;

    /// <inheritdoc />
    // BEGIN IMMEDIATE (see BeginWriteAsync) already keeps every other writer out.
    public override string ForUpdate => string.Empty;

    /// <inheritdoc />
    public override string? InsertedFlag => null;

    /// <inheritdoc />
    public override int PurgeBatchSize => BatchSize;

    /// <inheritdoc />
    public override string TableExists => "SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = @table;";

    /// <inheritdoc />
    public override object Time(DateTimeOffset value) => SqliteTime.ToText(value);

    /// <inheritdoc />
    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => SqliteTime.FromText(reader.GetString(ordinal));

    /// <inheritdoc />
    public override string Day(string column) => $"substr({column}, 1, 10)";

    /// <inheritdoc />
    public override DateOnly ReadDay(DbDataReader reader, int ordinal) =>
        DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ByCodePoint(string column) => column;

    /// <inheritdoc />
    public override object Id(Guid id) => id.ToString("N", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string PurgeBatch(string table, string timeColumn) =>
        $"DELETE FROM {table} WHERE rowid IN (SELECT rowid FROM {table} WHERE {timeColumn} < @cutoff LIMIT {BatchSize});";

    /// <inheritdoc />
    // BEGIN IMMEDIATE takes the write lock before the first read, so checks and writes see one state.
    public override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    /// <inheritdoc />
    public override string Render(string template) => ReplaceTypes(template, Types);

    /// <inheritdoc />
    public override async Task PrepareMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // WAL lets the bot read while the CLI writes and the other way round. The mode is stored in the file,
        // so it is only switched when needed (switching takes an exclusive lock).
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        var mode = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            command.CommandText = "PRAGMA journal_mode = WAL;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    // The migration's BEGIN IMMEDIATE is the lock: a second process starting at the same moment waits for it.
    public override Task LockMigrationAsync(DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public override string Describe(DbConnection connection) => connection.DataSource;
}
