using Microsoft.Data.Sqlite;

namespace GutSkin.Data.Sqlite;

/// <summary>Bot state documents in the <c>state_documents</c> table.</summary>
internal sealed class SqliteStateStore(SqliteDatabase database) : IStateStore
{
    private const string AnyETag = "*";

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(
        IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var documents = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return documents;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT key, json, etag FROM state_documents WHERE key IN ({AddKeyParameters(command, keys)});";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var document = new StoredDocument(reader.GetString(0), reader.GetString(1), reader.GetString(2));
            documents[document.Key] = document;
        }

        return documents;
    }

    /// <inheritdoc />
    public async Task WriteAsync(IReadOnlyCollection<DocumentWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count == 0)
        {
            return;
        }

        await using var writer = await database.OpenWriterAsync(SqliteSynchronous.Normal, cancellationToken);
        var connection = writer.Connection;

        // BEGIN IMMEDIATE takes the write lock before the first check, so checks and writes see one state;
        // the conditional UPDATE below would stay correct even without it.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var now = SqliteTime.ToText(DateTimeOffset.UtcNow);
        foreach (var write in writes)
        {
            ArgumentNullException.ThrowIfNull(write);
            var written = write.ExpectedETag is null or AnyETag
                ? await UpsertAsync(connection, write, now, cancellationToken)
                : await UpdateIfUnchangedAsync(connection, write, now, cancellationToken);
            if (!written)
            {
                // Disposing the uncommitted transaction rolls back the writes already made in this call.
                throw new ETagConflictException(write.Key);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return;
        }

        await using var writer = await database.OpenWriterAsync(SqliteSynchronous.Full, cancellationToken);
        var connection = writer.Connection;
        await using var command = connection.CreateCommand();
        command.CommandText = $"DELETE FROM state_documents WHERE key IN ({AddKeyParameters(command, keys)});";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        SqliteBatchedDelete.OlderThanAsync(database, "state_documents", "updated_at", cutoff, cancellationToken);

    private static async Task<bool> UpsertAsync(
        SqliteConnection connection, DocumentWrite write, string now, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO state_documents (key, json, etag, updated_at) VALUES ($key, $json, $etag, $now)
            ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at;
            """;
        AddWriteParameters(command, write, now);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static async Task<bool> UpdateIfUnchangedAsync(
        SqliteConnection connection, DocumentWrite write, string now, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE state_documents SET json = $json, etag = $etag, updated_at = $now
            WHERE key = $key AND etag = $expected_etag;
            """;
        AddWriteParameters(command, write, now);
        command.Parameters.AddWithValue("$expected_etag", write.ExpectedETag);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static void AddWriteParameters(SqliteCommand command, DocumentWrite write, string now)
    {
        ArgumentNullException.ThrowIfNull(write.Key);
        ArgumentNullException.ThrowIfNull(write.Json);
        command.Parameters.AddWithValue("$key", write.Key);
        command.Parameters.AddWithValue("$json", write.Json);
        command.Parameters.AddWithValue("$etag", NewETag());
        command.Parameters.AddWithValue("$now", now);
    }

    private static string AddKeyParameters(SqliteCommand command, IReadOnlyCollection<string> keys)
    {
        var names = new List<string>(keys.Count);
        foreach (var key in keys)
        {
            ArgumentNullException.ThrowIfNull(key);
            var name = "$key" + names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, key);
            names.Add(name);
        }

        return string.Join(", ", names);
    }

    private static string NewETag() => Guid.NewGuid().ToString("N");
}
