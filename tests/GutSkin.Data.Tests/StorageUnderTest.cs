using GutSkin.Data.Sql;

namespace GutSkin.Data.Tests;

/// <summary>
/// One empty database of one storage provider for one test, and any number of handles on it, each with its own
/// connections, as separate bot instances (or the CLI next to the bot) would open.
/// </summary>
internal abstract class StorageUnderTest : IAsyncDisposable
{
    /// <summary>Opens another handle on the same database; it is disposed with this object.</summary>
    public abstract Database OpenInstance();

    /// <summary>The configuration that opens this database through <see cref="DataServiceCollectionExtensions.AddGutSkinData"/>.</summary>
    public abstract IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>Makes sure the database is empty before the test starts.</summary>
    public abstract Task ResetAsync();

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();
}
