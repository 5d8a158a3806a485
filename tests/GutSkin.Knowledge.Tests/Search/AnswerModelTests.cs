using GutSkin.Knowledge.Search;
using GutSkin.Knowledge.Semantic;

namespace GutSkin.Knowledge.Tests.Search;

public sealed class AnswerModelTests
{
    [Fact]
    public void ShippedModel_ReadsEveryFeature_TheQuestionPassageProductsIncluded()
    {
        var dimensions = SentenceEmbedder.For(SemanticModel.MiniLM).Dimensions;
        var weights = AnswerModel.Default.Answerability.Weights;

        Assert.Equal(AnswerabilityFeatures.Described + dimensions, weights.Length);
        Assert.Contains(weights.Skip(AnswerabilityFeatures.Described), w => w != 0);
        Assert.Same(AnswerModel.Default, AnswerModel.Default.For(dimensions));
    }

    [Fact]
    public void Load_WithAModelFittedForOtherFeatures_FailsSayingToRefit()
    {
        using var folder = new TemporaryKnowledgeFolder();
        var described = AnswerModel.Default with { Answerability = new LogisticModel(new double[AnswerabilityFeatures.Described], 0) };

        var error = Assert.Throws<InvalidDataException>(() => LiveKnowledge.Load(folder.Path, new KnowledgeEngineOptions { AnswerModel = described }));

        Assert.Contains("reads 9 section features and 17 answerability features", error.Message, StringComparison.Ordinal);
        Assert.Contains("calibrate", error.Message, StringComparison.Ordinal);
    }
}
