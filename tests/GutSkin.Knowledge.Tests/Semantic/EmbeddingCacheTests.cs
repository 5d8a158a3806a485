using GutSkin.Knowledge.Semantic;

namespace GutSkin.Knowledge.Tests.Semantic;

public sealed class EmbeddingCacheTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"gutskin-cache-{Guid.NewGuid():N}.bin");

    [Fact]
    public void Resolve_AfterReopening_EmbedsOnlyTheChangedText()
    {
        var first = EmbeddingCache.Open(file, "model-a");
        first.Resolve(["one", "two"], Fake);

        var second = EmbeddingCache.Open(file, "model-a");
        var vectors = second.Resolve(["one", "three"], Fake);

        Assert.Equal(1, second.LastEmbedded);
        Assert.Equal(Fake(["one"])[0], vectors[0]);
        Assert.Equal(Fake(["three"])[0], vectors[1]);
    }

    [Fact]
    public void Open_AnotherModelsFile_StartsEmpty()
    {
        EmbeddingCache.Open(file, "model-a").Resolve(["one"], Fake);

        var other = EmbeddingCache.Open(file, "model-b");
        other.Resolve(["one"], Fake);

        Assert.Equal(1, other.LastEmbedded);
    }

    [Fact]
    public void Open_DamagedFile_StartsEmpty()
    {
        File.WriteAllBytes(file, [1, 2, 3]);

        var cache = EmbeddingCache.Open(file, "model-a");
        cache.Resolve(["one"], Fake);

        Assert.Equal(1, cache.LastEmbedded);
    }

    public void Dispose() => File.Delete(file);

    private static float[][] Fake(IReadOnlyList<string> texts) => [.. texts.Select(t => new[] { t.Length, (float)t[0] })];
}
