using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Search;
using GutSkin.Knowledge.Semantic;

namespace GutSkin.Knowledge.Tests.Search;

/// <summary>The index versions' lifetime through Lucene's reference counting, on real indexes of the repository's knowledge.</summary>
public sealed class KnowledgeIndexManagerTests
{
    private const string Question = "can probiotics help eczema";

    private static readonly KnowledgeContent Content = KnowledgeLoader.Load(Repository.KnowledgeDirectory);

    private static readonly SemanticIndex Semantic =
        SemanticIndex.Build(Content.Sections, SentenceEmbedder.For(SemanticModel.MiniLM), EmbeddingCache.Open(null, "test"));

    [Fact]
    public void Swap_WhileASearchHoldsTheOldVersion_ClosesItOnlyWhenThatSearchReleasesIt()
    {
        var first = KnowledgeIndex.Build(Content, Semantic);
        var second = KnowledgeIndex.Build(Content, Semantic);
        using var manager = new KnowledgeIndexManager(first);
        var inFlight = manager.Acquire();

        manager.Swap(second);

        Assert.Same(second, manager.Live);
        Assert.Equal(1, first.RefCount);
        Assert.Equal("eczema", new AnswerFinder(inFlight).Find(AnswerModel.Default, Question).Section?.Id);
        manager.Release(inFlight);
        Assert.Equal(0, first.RefCount);
        Assert.False(first.TryIncRef());
        var next = manager.Acquire();
        Assert.Same(second, next);
        manager.Release(next);
        Assert.Equal(1, second.RefCount);
    }

    [Fact]
    public void Dispose_WithASearchInFlight_ClosesTheLiveVersionWhenThatSearchEnds()
    {
        var only = KnowledgeIndex.Build(Content, Semantic);
        var manager = new KnowledgeIndexManager(only);
        var inFlight = manager.Acquire();

        manager.Dispose();

        Assert.Throws<ObjectDisposedException>(() => manager.Acquire());
        Assert.Same(only, manager.Live);
        Assert.Equal(1, only.RefCount);
        Assert.Equal("eczema", new AnswerFinder(inFlight).Find(AnswerModel.Default, Question).Section?.Id);
        manager.Release(inFlight);
        Assert.Equal(0, only.RefCount);
    }

    [Fact]
    public void Swap_AfterDispose_ClosesTheReplacementItCannotTake()
    {
        var manager = new KnowledgeIndexManager(KnowledgeIndex.Build(Content, Semantic));
        var replacement = KnowledgeIndex.Build(Content, Semantic);
        manager.Dispose();

        Assert.Throws<ObjectDisposedException>(() => manager.Swap(replacement));

        Assert.Equal(0, replacement.RefCount);
    }
}
