using System.Globalization;
using Npgsql;

namespace GutSkin.Data.Postgres;

/// <summary>The PostgreSQL schema as an ordered list of migrations, recorded in <c>schema_version</c>.</summary>
internal static class PostgresSchema
{
    // Any fixed number works as long as nothing else in the database takes the same advisory lock: "GutSkin" in ASCII.
    private const long MigrationLockKey = 0x47_75_74_53_6B_69_6E;

    // Append only: entry n moves the schema from version n to n + 1. Never edit an entry that has shipped.
    // JSON is kept as text, not jsonb, so a document reads back byte for byte as it was written.
    // Times are timestamptz (microseconds, UTC).
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE state_documents (
            key        text        NOT NULL PRIMARY KEY,
            json       text        NOT NULL,
            etag       text        NOT NULL,
            updated_at timestamptz NOT NULL
        );

        CREATE TABLE leads (
            offer             text        NOT NULL,
            email             text        NOT NULL,
            name              text        NOT NULL,
            address           text,
            phone             text,
            age_confirmed     boolean     NOT NULL,
            marketing_consent boolean     NOT NULL,
            consent_at        timestamptz,
            consent_version   text,
            user_id           text        NOT NULL,
            channel           text        NOT NULL,
            created_at        timestamptz NOT NULL,
            updated_at        timestamptz NOT NULL,
            CONSTRAINT leads_email_offer_unique UNIQUE (email, offer)
        );
        CREATE INDEX leads_user_id ON leads (user_id);

        CREATE TABLE feedback (
            id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            user_id    text        NOT NULL,
            question   text        NOT NULL,
            section_id text        NOT NULL,
            helpful    boolean     NOT NULL,
            given_at   timestamptz NOT NULL
        );
        CREATE INDEX feedback_user_id ON feedback (user_id);

        CREATE TABLE unanswered_questions (
            id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            user_id             text        NOT NULL,
            question            text        NOT NULL,
            normalized_question text        NOT NULL,
            asked_at            timestamptz NOT NULL
        );
        CREATE INDEX unanswered_questions_user_id ON unanswered_questions (user_id);
        CREATE INDEX unanswered_questions_normalized ON unanswered_questions (normalized_question);
        """,
        """
        CREATE TABLE turn_events (
            id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at         timestamptz      NOT NULL,
            kind       text             NOT NULL,
            section_id text,
            confidence double precision,
            channel    text             NOT NULL,
            locale     text
        );
        CREATE INDEX turn_events_at ON turn_events (at);
        """,
        """
        CREATE TABLE lead_deletions (
            id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            deleted_at    timestamptz NOT NULL,
            requested_by  text        NOT NULL,
            leads_deleted integer     NOT NULL
        );
        """,
        """
        CREATE TABLE signup_requests (
            id           uuid        NOT NULL PRIMARY KEY,
            token_hash   text        NOT NULL,
            email        text,
            user_id      text        NOT NULL,
            lead_json    text,
            created_at   timestamptz NOT NULL,
            expires_at   timestamptz NOT NULL,
            confirmed_at timestamptz
        );
        CREATE INDEX signup_requests_user_id ON signup_requests (user_id);
        CREATE INDEX signup_requests_email ON signup_requests (email);
        CREATE INDEX signup_requests_created_at ON signup_requests (created_at);
        """,
        """
        CREATE TABLE chosen_alternatives (
            id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            user_id    text        NOT NULL,
            question   text        NOT NULL,
            section_id text        NOT NULL,
            chosen_at  timestamptz NOT NULL
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

    /// <summary>
    /// Applies the migrations the database has not seen yet, in one transaction; safe to run again and from several
    /// processes at once.
    /// </summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    public static async Task MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Instances starting together queue here; each later one then finds the work done. Two concurrent
        // CREATE TABLE IF NOT EXISTS would otherwise fail on a unique violation in the catalogue.
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key);", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("key", MigrationLockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        // Looked up before CREATE so that an up-to-date database needs no CREATE privilege: the bot can then run
        // as a role that may only read and write rows.
        if (!await ExistsAsync(connection, transaction, "schema_version", cancellationToken))
        {
            await ExecuteAsync(
                connection,
                transaction,
                "CREATE TABLE schema_version (version integer NOT NULL PRIMARY KEY, applied_at timestamptz NOT NULL);",
                cancellationToken);
        }

        var current = await CurrentVersionAsync(connection, transaction, cancellationToken);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL database '{connection.Database}' has schema version {current}, newer than this program's {LatestVersion}; update the program.");
        }

        for (var version = current + 1; version <= LatestVersion; version++)
        {
            await ExecuteAsync(connection, transaction, Migrations[version - 1], cancellationToken);
            await using var record = new NpgsqlCommand(
                "INSERT INTO schema_version (version, applied_at) VALUES (@version, now());", connection, transaction);
            record.Parameters.AddWithValue("version", version);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<bool> ExistsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string table, CancellationToken cancellationToken)
    {
        // to_regclass resolves through search_path, like the unqualified names in the migrations.
        await using var command = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL;", connection, transaction);
        command.Parameters.AddWithValue("table", table);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<int> CurrentVersionAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version;", connection, transaction);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
