using GutSkin.Data.Sql;

namespace GutSkin.Data.ProtectionKeys;

/// <summary>Data-protection keys in the <c>protection_keys</c> table.</summary>
internal sealed class ProtectionKeyStore(Database database, TimeProvider time) : IProtectionKeyStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<ProtectionKey>> ListAsync(CancellationToken cancellationToken) =>
        database.QueryAsync(
            Access.Read,
            "SELECT name, xml FROM protection_keys ORDER BY created_at, name;",
            command => command,
            reader => new ProtectionKey(reader.GetString(0), reader.GetString(1)),
            cancellationToken);

    /// <inheritdoc />
    public Task AddAsync(ProtectionKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(key.Name, nameof(key));
        ArgumentException.ThrowIfNullOrWhiteSpace(key.Xml, nameof(key));

        // Durable: a key another instance may already have used to sign a session must not be lost in a crash.
        return database.ExecuteAsync(
            Access.DurableWrite,
            "INSERT INTO protection_keys (name, xml, created_at) VALUES (@name, @xml, @created_at) ON CONFLICT (name) DO NOTHING;",
            command => command
                .With("name", key.Name)
                .With("xml", key.Xml)
                .WithTime(database.Dialect, "created_at", time.GetUtcNow()),
            cancellationToken);
    }
}
