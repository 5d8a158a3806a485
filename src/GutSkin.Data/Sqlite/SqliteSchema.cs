using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GutSkin.Data.Sqlite;

/// <summary>The SQLite schema as an ordered list of migrations, recorded in <c>schema_version</c>.</summary>
internal static class SqliteSchema
{
    // Append only: entry n moves the schema from version n to n + 1. Never edit an entry that has shipped.
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE state_documents (
            key        TEXT NOT NULL PRIMARY KEY,
            json       TEXT NOT NULL,
            etag       TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

        CREATE TABLE leads (
            offer             TEXT    NOT NULL,
            email             TEXT    NOT NULL,
            name              TEXT    NOT NULL,
            address           TEXT,
            phone             TEXT,
            age_confirmed     INTEGER NOT NULL,
            marketing_consent INTEGER NOT NULL,
            consent_at        TEXT,
            consent_version   TEXT,
            user_id           TEXT    NOT NULL,
            channel           TEXT    NOT NULL,
            created_at        TEXT    NOT NULL,
            updated_at        TEXT    NOT NULL,
            CONSTRAINT leads_email_offer_unique UNIQUE (email, offer)
        );
        CREATE INDEX leads_user_id ON leads (user_id);

        CREATE TABLE feedback (
            id         INTEGER PRIMARY KEY,
            user_id    TEXT    NOT NULL,
            question   TEXT    NOT NULL,
            section_id TEXT    NOT NULL,
            helpful    INTEGER NOT NULL,
            given_at   TEXT    NOT NULL
        );
        CREATE INDEX feedback_user_id ON feedback (user_id);

        CREATE TABLE unanswered_questions (
            id                  INTEGER PRIMARY KEY,
            user_id             TEXT NOT NULL,
            question            TEXT NOT NULL,
            normalized_question TEXT NOT NULL,
            asked_at            TEXT NOT NULL
        );
        CREATE INDEX unanswered_questions_user_id ON unanswered_questions (user_id);
        CREATE INDEX unanswered_questions_normalized ON unanswered_questions (normalized_question);
        """,
        """
        CREATE TABLE turn_events (
            id         INTEGER PRIMARY KEY,
            at         TEXT    NOT NULL,
            kind       TEXT    NOT NULL,
            section_id TEXT,
            confidence REAL,
            channel    TEXT    NOT NULL,
            locale     TEXT
        );
        CREATE INDEX turn_events_at ON turn_events (at);
        """,
        """
        CREATE TABLE lead_deletions (
            id            INTEGER PRIMARY KEY,
            deleted_at    TEXT    NOT NULL,
            requested_by  TEXT    NOT NULL,
            leads_deleted INTEGER NOT NULL
        );
        """,
        """
        CREATE TABLE signup_requests (
            id           TEXT NOT NULL PRIMARY KEY,
            token_hash   TEXT NOT NULL,
            email        TEXT,
            user_id      TEXT NOT NULL,
            lead_json    TEXT,
            created_at   TEXT NOT NULL,
            expires_at   TEXT NOT NULL,
            confirmed_at TEXT
        );
        CREATE INDEX signup_requests_user_id ON signup_requests (user_id);
        CREATE INDEX signup_requests_email ON signup_requests (email);
        CREATE INDEX signup_requests_created_at ON signup_requests (created_at);
        """,
        """
        CREATE TABLE chosen_alternatives (
            id         INTEGER PRIMARY KEY,
            user_id    TEXT NOT NULL,
            question   TEXT NOT NULL,
            section_id TEXT NOT NULL,
            chosen_at  TEXT NOT NULL
        );
        CREATE INDEX chosen_alternatives_user_id ON chosen_alternatives (user_id);
        CREATE INDEX chosen_alternatives_chosen_at ON chosen_alternatives (chosen_at);
        CREATE INDEX feedback_given_at ON feedback (given_at);
        CREATE INDEX unanswered_questions_asked_at ON unanswered_questions (asked_at);
        CREATE INDEX leads_created_at ON leads (created_at);
        """,
        """
        CREATE INDEX state_documents_updated_at ON state_documents (updated_at);
        """,
    ];

    /// <summary>The schema version this code writes and expects.</summary>
    public static int LatestVersion => Migrations.Length;

    /// <summary>Switches the file to WAL and applies the migrations it has not seen yet; safe to run again and from two processes.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    public static async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await EnableWriteAheadLogAsync(connection, cancellationToken);

        // BEGIN IMMEDIATE: a second process starting at the same moment waits here and then finds the work done.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await ExecuteAsync(
            connection,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL);",
            cancellationToken);

        var current = await CurrentVersionAsync(connection, cancellationToken);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"{connection.DataSource} has schema version {current}, newer than this program's {LatestVersion}; update the program.");
        }

        for (var version = current + 1; version <= LatestVersion; version++)
        {
            await ExecuteAsync(connection, Migrations[version - 1], cancellationToken);
            await using var record = connection.CreateCommand();
            record.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES ($version, $applied_at);";
            record.Parameters.AddWithValue("$version", version);
            record.Parameters.AddWithValue("$applied_at", SqliteTime.ToText(DateTimeOffset.UtcNow));
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task EnableWriteAheadLogAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // WAL lets the bot read while the CLI writes and the other way round. The mode is stored in the file,
        // so it is only switched when needed (switching takes an exclusive lock).
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        var mode = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken);
        }
    }

    private static async Task<int> CurrentVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
