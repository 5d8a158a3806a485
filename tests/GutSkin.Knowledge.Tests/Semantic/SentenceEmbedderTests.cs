using GutSkin.Knowledge.Semantic;

namespace GutSkin.Knowledge.Tests.Semantic;

public sealed class SentenceEmbedderTests
{
    public static TheoryData<SemanticModel> Models => [SemanticModel.MiniLM, SemanticModel.ArcticXs];

    // The query cache is keyed by the lower-cased text: right only while the model itself cannot tell letter case apart.
    // Embed (the passages' path) never reads the query cache, so each text here runs through the model.
    [Theory]
    [MemberData(nameof(Models))]
    public void Embed_TextsDifferingOnlyInLetterCase_GiveTheSameVectorBitForBit(SemanticModel model)
    {
        var embedder = SentenceEmbedder.For(model);

        var lower = embedder.Embed(["i've had psoriasis for years, can probiotics help my skin? ÉCZÉMA too"])[0];
        var mixed = embedder.Embed(["I've had Psoriasis for YEARS, Can probiotics help my skin? éczéma too"])[0];

        Assert.Equal(lower, mixed);
    }

    // The query cache is keyed by the token ids: right only while texts that tokenize alike are the same model input.
    [Theory]
    [MemberData(nameof(Models))]
    public void Embed_TextsDifferingOnlyInSpacingAroundWordsAndPunctuation_GiveTheSameVectorBitForBit(SemanticModel model)
    {
        var embedder = SentenceEmbedder.For(model);

        var plain = embedder.Embed(["my skin is itchy, is it my gut?"])[0];
        var spaced = embedder.Embed(["my  skin is itchy ,is it my gut ?"])[0];

        Assert.Equal(plain, spaced);
    }

    [Fact]
    public void EmbedQuery_TextTheModelReadsAsTheSameTokens_RunsTheModelOnce()
    {
        var embedder = SentenceEmbedder.For(SemanticModel.MiniLM);
        var text = $"Does Kefir help rosacea {Guid.NewGuid():N}?";
        var before = OnnxSentenceEncoder.RunsOnThisThread;
        var first = embedder.EmbedQuery(text);

        var again = embedder.EmbedQuery($"  {text.ToLowerInvariant().Replace(" ", "  ", StringComparison.Ordinal).Replace("?", " ?", StringComparison.Ordinal)}");

        Assert.Same(first, again);
        Assert.Equal(1, OnnxSentenceEncoder.RunsOnThisThread - before);
    }

    [Fact]
    public void EmbedQuery_SameTextInAnotherLetterCase_RunsTheModelOnce()
    {
        var embedder = SentenceEmbedder.For(SemanticModel.MiniLM);
        var text = $"Does Kefir Help Rosacea {Guid.NewGuid():N}?";
        var first = embedder.EmbedQuery(text);

        var again = embedder.EmbedQuery(text.ToLowerInvariant());

        Assert.Same(first, again);
    }
}
