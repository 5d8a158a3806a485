using System.Data;
using System.Data.Common;

namespace GutSkin.Data.Sql;

/// <summary>
/// What really differs between SQLite and PostgreSQL, for stores and migrations written once over ADO.NET: how times,
/// days and ids are kept, text order, column types in migrations, row locks, how an upsert tells insert from update,
/// batched deletes and the start of a write transaction. Everything else is the same SQL on both.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>The current time as the engine stores it, as an SQL expression.</summary>
    public abstract string Now { get; }

    /// <summary>The type a time parameter (and its null) is sent as.</summary>
    public abstract DbType TimeType { get; }

    /// <summary>Appended to a SELECT that must lock its row until the transaction ends; empty where the write
    /// transaction already excludes other writers.</summary>
    public abstract string ForUpdate { get; }

    /// <summary>An expression for <c>INSERT … ON CONFLICT DO UPDATE … RETURNING</c> that is true on a row the statement
    /// inserted and false on one it updated; null where the engine cannot tell (then: insert, else update, in one
    /// write transaction).</summary>
    public abstract string? InsertedFlag { get; }

    /// <summary>How many rows one statement of a batched purge deletes.</summary>
    public abstract int PurgeBatchSize { get; }

    /// <summary>A time in the form the engine stores it.</summary>
    /// <param name="value">The time.</param>
    /// <returns>The parameter value.</returns>
    public abstract object Time(DateTimeOffset value);

    /// <summary>Reads a time column.</summary>
    /// <param name="reader">The reader, on a row.</param>
    /// <param name="ordinal">The column.</param>
    /// <returns>The time, with offset zero.</returns>
    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>The UTC day of a time column, as an SQL expression.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The expression, read back with <see cref="ReadDay"/>.</returns>
    public abstract string Day(string column);

    /// <summary>Reads a column made by <see cref="Day"/>.</summary>
    /// <param name="reader">The reader, on a row.</param>
    /// <param name="ordinal">The column.</param>
    /// <returns>The day.</returns>
    public abstract DateOnly ReadDay(DbDataReader reader, int ordinal);

    /// <summary>A text column for ORDER BY in code point order, whatever the database's locale.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The ORDER BY term.</returns>
    public abstract string ByCodePoint(string column);

    /// <summary>A request id in the form the engine stores it.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The parameter value.</returns>
    public abstract object Id(Guid id);

    /// <summary>A statement deleting up to <see cref="PurgeBatchSize"/> rows of <paramref name="table"/> whose
    /// <paramref name="timeColumn"/> is before <c>@cutoff</c>.</summary>
    /// <param name="table">The table (a constant of the caller, never input).</param>
    /// <param name="timeColumn">The indexed time column.</param>
    /// <returns>The statement.</returns>
    public abstract string PurgeBatch(string table, string timeColumn);

    /// <summary>Begins a transaction that writes, holding whatever the engine needs so its reads and writes see one state.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="cancellationToken">Cancels the begin.</param>
    /// <returns>The transaction.</returns>
    public abstract ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>A migration's text with the engine's column types in place of <c>{Text}</c>, <c>{Integer}</c>,
    /// <c>{Real}</c>, <c>{Bool}</c>, <c>{Time}</c>, <c>{Uuid}</c> and <c>{Id}</c> (a generated integer primary key).</summary>
    /// <param name="template">The migration's text.</param>
    /// <returns>The engine's DDL.</returns>
    public abstract string Render(string template);

    /// <summary>A statement that is true when the table named by <c>@table</c> exists.</summary>
    public abstract string TableExists { get; }

    /// <summary>Takes what the engine needs before migrations start: SQLite switches to write-ahead logging.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="cancellationToken">Cancels the preparation.</param>
    /// <returns>A task.</returns>
    public abstract Task PrepareMigrationAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Holds off other processes migrating the same database until the transaction ends.</summary>
    /// <param name="transaction">The migration's transaction.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task.</returns>
    public abstract Task LockMigrationAsync(DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Names the database for a message to staff.</summary>
    /// <param name="connection">An open connection to it.</param>
    /// <returns>For example "The PostgreSQL database 'gutskin'".</returns>
    public abstract string Describe(DbConnection connection);

    /// <summary>Replaces the type tokens of <see cref="Render(string)"/>.</summary>
    /// <param name="template">The migration's text.</param>
    /// <param name="types">The engine's types, by token.</param>
    /// <returns>The DDL.</returns>
    protected static string ReplaceTypes(string template, IReadOnlyDictionary<string, string> types)
    {
        ArgumentNullException.ThrowIfNull(template);
        foreach (var (token, type) in types)
        {
            template = template.Replace(token, type, StringComparison.Ordinal);
        }

        return template;
    }
}
