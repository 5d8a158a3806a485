using Npgsql;
using NpgsqlTypes;

namespace GutSkin.Data.Postgres;

/// <summary>
/// Bot state documents in the <c>state_documents</c> table. Conditional writes are single UPDATE statements that
/// match the expected ETag, so two bot instances writing one conversation's state cannot silently overwrite each
/// other: the later one finds the ETag changed and gets <see cref="ETagConflictException"/>.
/// </summary>
internal sealed class PostgresStateStore(PostgresDatabase database) : IStateStore
{
    private const string AnyETag = "*";

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(
        IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var keyArray = ToKeyArray(keys);
        var documents = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        if (keyArray.Length == 0)
        {
            return documents;
        }

        await using var connection = await database.OpenPerTurnAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT key, json, etag FROM state_documents WHERE key = ANY(@keys);", connection);
        command.Parameters.AddWithValue("keys", NpgsqlDbType.Array | NpgsqlDbType.Text, keyArray);
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
        foreach (var write in writes)
        {
            ArgumentNullException.ThrowIfNull(write);
            ArgumentNullException.ThrowIfNull(write.Key);
            ArgumentNullException.ThrowIfNull(write.Json);
        }

        if (writes.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenPerTurnAsync(cancellationToken);
        if (writes.Count == 1)
        {
            // One statement is atomic on its own: a turn's save is one round trip.
            var write = writes.First();
            if (!await WriteOneAsync(connection, null, write, cancellationToken))
            {
                throw new ETagConflictException(write.Key);
            }

            return;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Rows are locked in key order, so two batches over the same keys queue instead of deadlocking.
        foreach (var write in writes.OrderBy(write => write.Key, StringComparer.Ordinal))
        {
            if (!await WriteOneAsync(connection, transaction, write, cancellationToken))
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
        var keyArray = ToKeyArray(keys);
        if (keyArray.Length == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM state_documents WHERE key = ANY(@keys);", connection);
        command.Parameters.AddWithValue("keys", NpgsqlDbType.Array | NpgsqlDbType.Text, keyArray);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        PostgresBatchedDelete.OlderThanAsync(database, "state_documents", "updated_at", cutoff, cancellationToken);

    private static Task<bool> WriteOneAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, DocumentWrite write, CancellationToken cancellationToken) =>
        write.ExpectedETag is null or AnyETag
            ? UpsertAsync(connection, transaction, write, cancellationToken)
            : UpdateIfUnchangedAsync(connection, transaction, write, cancellationToken);

    private static async Task<bool> UpsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, DocumentWrite write, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO state_documents (key, json, etag, updated_at) VALUES (@key, @json, @etag, now())
            ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at;
            """,
            connection,
            transaction);
        AddWriteParameters(command, write);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static async Task<bool> UpdateIfUnchangedAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, DocumentWrite write, CancellationToken cancellationToken)
    {
        // Under READ COMMITTED an UPDATE that waited for another writer's row lock re-checks its WHERE clause
        // against the committed row, so the loser of a race updates nothing rather than the winner's version.
        await using var command = new NpgsqlCommand(
            """
            UPDATE state_documents SET json = @json, etag = @etag, updated_at = now()
            WHERE key = @key AND etag = @expected_etag;
            """,
            connection,
            transaction);
        AddWriteParameters(command, write);
        command.Parameters.AddWithValue("expected_etag", write.ExpectedETag!);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static void AddWriteParameters(NpgsqlCommand command, DocumentWrite write)
    {
        command.Parameters.AddWithValue("key", write.Key);
        command.Parameters.AddWithValue("json", write.Json);
        command.Parameters.AddWithValue("etag", NewETag());
    }

    private static string[] ToKeyArray(IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var array = keys.ToArray();
        foreach (var key in array)
        {
            ArgumentNullException.ThrowIfNull(key);
        }

        return array;
    }

    private static string NewETag() => Guid.NewGuid().ToString("N");
}
