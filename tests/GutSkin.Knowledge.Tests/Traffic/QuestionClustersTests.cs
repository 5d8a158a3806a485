using GutSkin.Knowledge.Semantic;
using GutSkin.Knowledge.Traffic;

namespace GutSkin.Knowledge.Tests.Traffic;

public sealed class QuestionClustersTests
{
    [Fact]
    public void Group_Rewordings_CountAsOneQuestionWithTheMostAskedAsExample()
    {
        CountedQuestion[] questions =
        [
            new("does kombucha help eczema", 2),
            new("is kombucha good for eczema", 3),
            new("what time does the shop open", 1),
            new("can kombucha help my eczema", 1),
        ];

        var clusters = QuestionClusters.Group(questions, SentenceEmbedder.For(SemanticModel.MiniLM));

        Assert.Equal(2, clusters.Count);
        Assert.Equal("is kombucha good for eczema", clusters[0].Example);
        Assert.Equal(6, clusters[0].Count);
        Assert.Equal(["is kombucha good for eczema", "does kombucha help eczema", "can kombucha help my eczema"], clusters[0].Questions);
        Assert.Equal(("what time does the shop open", 1), (clusters[1].Example, clusters[1].Count));
    }

    [Fact]
    public void Group_DifferentQuestionsOnOneTopic_StayApart()
    {
        CountedQuestion[] questions = [new("is kombucha good for eczema", 1), new("how much sugar is in kombucha", 1)];

        var clusters = QuestionClusters.Group(questions, SentenceEmbedder.For(SemanticModel.MiniLM));

        Assert.Equal(2, clusters.Count);
    }
}
