using GutSkin.Bot.Tests.Support;

namespace GutSkin.Bot.Tests.Hosting;

/// <summary>A bad setting stops the host before the knowledge is built: on a large folder's first start the build takes
/// minutes, and the operator should not wait that long to learn of a typo.</summary>
public sealed class StartupValidationTests : IDisposable
{
    private readonly TempDirectory cache = new();

    [Fact]
    public void Start_WithABadSetting_FailsBeforeTheKnowledgeIsBuilt()
    {
        var cacheFile = Path.Combine(cache.Path, "embeddings.bin");

        var failure = BotHost.StartFailure(("Brand:Contact", string.Empty), ("Knowledge:EmbeddingCacheFile", cacheFile));

        Assert.Contains("Brand:Contact", failure.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(cacheFile), "the knowledge was built (its embedding cache written) before the settings were checked");
    }

    public void Dispose() => cache.Dispose();
}
