using GutSkin.Knowledge.Safety;

namespace GutSkin.Knowledge.Tests.Safety;

/// <summary>The semantic layer on its own, with the real local model and the repository's exemplars.</summary>
public sealed class SemanticScreenTests
{
    [Theory]
    [InlineData("my stools have been black, tarry and sticky for almost a week, really hard to flush, and I feel weak", RedFlagCategory.GiBleeding)]
    [InlineData("sudden sharp pain in my groin and testicle woke me up and now I'm throwing up", RedFlagCategory.AbdominalTesticular)]
    public void Category_MessageCloseToARedFlagExemplar_IsThatCategory(string message, string category)
    {
        Assert.Equal(category, SemanticScreen.Category(message));
    }

    [Theory]
    [InlineData("which probiotic helps eczema on the hands")]
    [InlineData("is chest acne linked to gut health")]
    [InlineData("cold sores")]
    public void Category_EverydayQuestion_IsNull(string message)
    {
        Assert.Null(SemanticScreen.Category(message));
    }

    [Fact]
    public void Category_DatedOrSomeoneElsesHistory_IsLeftAlone()
    {
        Assert.Null(SemanticScreen.Category("I had a DVT after a long flight two years ago and was treated."));
    }

    [Fact]
    public void Pieces_LongMessage_AreTheWholeAndAtMostSevenGroupsOfClauses()
    {
        var message = string.Join(' ', Enumerable.Range(1, 12).Select(i => $"This is sentence number {i}, and it goes on."));

        var pieces = SemanticScreen.Pieces(message);

        Assert.Equal(8, pieces.Count);
        Assert.Equal(message, pieces[0]);
        Assert.Contains("sentence number 12", pieces[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Pieces_ARedFlagClauseInALongSentence_IsComparedOnItsOwn()
    {
        var pieces = SemanticScreen.Pieces("ive had eczema since i was a kid and been trying probiotics, anyway my lips look a bit blue and i cant catch my breath, also does kefir count");

        Assert.Contains("anyway my lips look a bit blue and i cant catch my breath", pieces);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("Jane Smith")]
    public void Pieces_OneOrTwoWords_AreNotCompared(string message)
    {
        Assert.Empty(SemanticScreen.Pieces(message));
    }

    [Theory]
    [InlineData("load-r1a2b3-12@load.example")]
    [InlineData(" Jane.Smith+skin@mail.example.co.uk ")]
    [InlineData("yes")]
    [InlineData("07700 900123")]
    [InlineData("34")]
    public void Pieces_OnlyAnEmailAddressYesNoOrNumber_AreNotCompared(string message)
    {
        // A signup's answers: none can describe an emergency in words, so none costs a model run.
        Assert.Empty(SemanticScreen.Pieces(message));
    }

    [Fact]
    public void Pieces_EmailAddressInASentence_IsCompared()
    {
        var message = "my email is jane@example.com and my chest hurts";

        Assert.Equal(message, SemanticScreen.Pieces(message)[0]);
    }

    [Fact]
    public void ShippedModel_ReadsEveryFeatureOfAPiece_TheEmbeddingIncluded()
    {
        var pieces = SemanticScreen.Read("my chest feels tight and heavy and the pain goes into my left arm");

        Assert.NotEmpty(pieces);
        Assert.All(pieces, p => Assert.Equal(RedFlagModel.Default.Piece.Weights.Length, p.Features.Length));
        Assert.True(RedFlagModel.Default.Piece.Weights.Length > RedFlagFeatures.Described, "the model does not read the piece's embedding");
    }

    [Theory]
    [InlineData("My name is Mallory Impostor")]
    [InlineData("name: Jane Smith")]
    public void Pieces_ANameAlone_AreNone(string message)
    {
        // A signup's answer: a refit read this name as self-harm (0.84).
        Assert.Empty(SemanticScreen.Pieces(message));
    }

    [Fact]
    public void Pieces_ANameAndMore_AreCompared()
    {
        Assert.NotEmpty(SemanticScreen.Pieces("My name is Jane Smith and my lips are going blue"));
    }
}
