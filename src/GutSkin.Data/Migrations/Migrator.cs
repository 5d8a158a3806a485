using System.Data.Common;
using System.Globalization;
using GutSkin.Data.Sql;

namespace GutSkin.Data.Migrations;

/// <summary>Applies the <see cref="SchemaMigrations"/> a database has not seen yet, on either engine.</summary>
internal static class Migrator
{
    /// <summary>
    /// Applies the missing migrations in one transaction; safe to run again and from several processes at once.
    /// </summary>
    /// <param name="connection">An open connection to the database.</param>
    /// <param name="dialect">The engine's dialect.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <returns>A task.</returns>
    /// <exception cref="InvalidOperationException">The database is newer than this program.</exception>
    public static async Task MigrateAsync(DbConnection connection, SqlDialect dialect, CancellationToken cancellationToken)
    {
        await dialect.PrepareMigrationAsync(connection, cancellationToken);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
        await dialect.LockMigrationAsync(transaction, cancellationToken);

        // Looked up before CREATE so that an up-to-date database needs no CREATE privilege: the bot can then run
        // as a role that may only read and write rows.
        await using (var exists = Command(transaction, dialect.TableExists).With("table", "schema_version"))
        {
            if (!Convert.ToBoolean(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture))
            {
                await ExecuteAsync(transaction, dialect.Render(SchemaMigrations.VersionTable), cancellationToken);
            }
        }

        int current;
        await using (var version = Command(transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version;"))
        {
            current = Convert.ToInt32(await version.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        if (current > SchemaMigrations.LatestVersion)
        {
            throw new InvalidOperationException(
                $"{dialect.Describe(connection)} has schema version {current}, newer than this program's {SchemaMigrations.LatestVersion}; update the program.");
        }

        for (var version = current + 1; version <= SchemaMigrations.LatestVersion; version++)
        {
            await ExecuteAsync(transaction, dialect.Render(SchemaMigrations.All[version - 1]), cancellationToken);
            await using var record = Command(transaction, $"INSERT INTO schema_version (version, applied_at) VALUES (@version, {dialect.Now});")
                .With("version", version);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static DbCommand Command(DbTransaction transaction, string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static async Task ExecuteAsync(DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
