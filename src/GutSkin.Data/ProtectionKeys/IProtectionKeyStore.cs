namespace GutSkin.Data;

/// <summary>The web host's data-protection key ring (which signs the staff dashboard's session and form tokens), kept in
/// the bot's database so that every instance on that database reads and writes the same keys.</summary>
public interface IProtectionKeyStore
{
    /// <summary>Every stored key, oldest first.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The keys.</returns>
    Task<IReadOnlyList<ProtectionKey>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Stores a key; a key whose name is already stored is left as it is (keys are never changed, only added).</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    Task AddAsync(ProtectionKey key, CancellationToken cancellationToken);
}
