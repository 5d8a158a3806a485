using System.Data.Common;
using GutSkin.Data.Sql;

namespace GutSkin.Data.State;

/// <summary>
/// Bot state documents in the <c>state_documents</c> table. Conditional writes are single UPDATE statements that match
/// the expected ETag, so two bot instances writing one conversation's state cannot silently overwrite each other: the
/// later one finds the ETag changed and gets <see cref="ETagConflictException"/>.
/// </summary>
internal sealed class StateStore(Database database) : IStateStore
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

        await using var lease = await database.OpenAsync(Access.TurnRead, cancellationToken);
        await using var command = lease.Command(string.Empty);
        command.CommandText = $"SELECT key, json, etag FROM state_documents WHERE key IN ({command.WithList("key", keys)});";
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

        await using var lease = await database.OpenAsync(Access.TurnWrite, cancellationToken);
        if (writes.Count == 1)
        {
            // One statement is atomic on its own: a turn's save is one round trip.
            var write = writes.First();
            if (!await WriteOneAsync(lease, null, write, cancellationToken))
            {
                throw new ETagConflictException(write.Key);
            }

            return;
        }

        await using var transaction = await database.Dialect.BeginWriteAsync(lease.Connection, cancellationToken);

        // Rows are locked in key order, so two batches over the same keys queue instead of deadlocking.
        foreach (var write in writes.OrderBy(write => write.Key, StringComparer.Ordinal))
        {
            if (!await WriteOneAsync(lease, transaction, write, cancellationToken))
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

        await using var lease = await database.OpenAsync(Access.DurableWrite, cancellationToken);
        await using var command = lease.Command(string.Empty);
        command.CommandText = $"DELETE FROM state_documents WHERE key IN ({command.WithList("key", keys)});";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        BatchedPurge.OlderThanAsync(database, "state_documents", "updated_at", cutoff, cancellationToken);

    private async Task<bool> WriteOneAsync(ConnectionLease lease, DbTransaction? transaction, DocumentWrite write, CancellationToken cancellationToken)
    {
        // Under PostgreSQL's READ COMMITTED an UPDATE that waited for another writer's row lock re-checks its WHERE
        // clause against the committed row, so the loser of a race updates nothing rather than the winner's version.
        var sql = write.ExpectedETag is null or AnyETag
            ? $"""
              INSERT INTO state_documents (key, json, etag, updated_at) VALUES (@key, @json, @etag, {database.Dialect.Now})
              ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at;
              """
            : $"""
              UPDATE state_documents SET json = @json, etag = @etag, updated_at = {database.Dialect.Now}
              WHERE key = @key AND etag = @expected_etag;
              """;
        await using var command = lease.Command(sql, transaction)
            .With("key", write.Key)
            .With("json", write.Json)
            .With("etag", Guid.NewGuid().ToString("N"));
        if (write.ExpectedETag is not (null or AnyETag))
        {
            command.With("expected_etag", write.ExpectedETag);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
