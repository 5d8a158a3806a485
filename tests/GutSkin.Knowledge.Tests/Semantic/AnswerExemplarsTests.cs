using GutSkin.Knowledge.Evaluation;
using GutSkin.Knowledge.Search;
using GutSkin.Knowledge.Semantic;

namespace GutSkin.Knowledge.Tests.Semantic;

public sealed class AnswerExemplarsTests(RepositoryKnowledgeFixture fixture) : IClassFixture<RepositoryKnowledgeFixture>
{
    private static readonly string Answers = Path.Combine(Repository.Root, "tests", "GutSkin.Knowledge.Tests", "Evaluation", "Answers");

    [Fact]
    public void Shipped_AreTheTrainingSplitsQuestionsWithTheirLabels_AndNoDevelopmentQuestion()
    {
        var train = Read("train.tsv").Where(r => r.Label != LabelledQuestion.Clinician).ToList();
        var heldOut = Read("dev.tsv").Select(r => r.Question).ToHashSet();
        var shipped = AnswerExemplars.Shipped;

        Assert.Equal(train.Select(r => r.Question), shipped.Questions);
        Assert.Equal(train.Select(r => r.Labels.ToArray()), shipped.Labels);
        Assert.DoesNotContain(shipped.Questions, heldOut.Contains);
    }

    // An exemplar copied from train.tsv without a refit would be read against whatever knowledge is loaded.
    [Fact]
    public void ShippedModel_RecordsTheOutsideWordsOfEveryUnanswerableExemplar()
    {
        var shipped = AnswerExemplars.Shipped;
        var unanswerable = shipped.Questions.Where((_, i) => shipped.Labels[i] is [AnswerExemplars.None]).Distinct(StringComparer.Ordinal);

        Assert.NotNull(AnswerModel.Default.OutsideWords);
        Assert.Equal(unanswerable.Order(StringComparer.Ordinal), AnswerModel.Default.OutsideWords.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Neighbours_LeavingAnExemplarOut_DoesNotMatchItToItself()
    {
        const string Exemplar = "probiotics psoriasis study results";
        var psoriasis = fixture.Knowledge.Current.Sections.ToList().FindIndex(s => s.Id == "psoriasis");

        var (kept, left) = fixture.Knowledge.WithIndex(index =>
        {
            var vector = index.Semantic.Embedder.EmbedQuery(Exemplar);
            return (index.Semantic.Neighbours([vector]).Of(psoriasis), index.Semantic.Neighbours([vector], q => q == Exemplar).Of(psoriasis));
        });

        Assert.True(kept > 0.999, $"with itself {kept}");
        Assert.True(left < 0.99, $"left out {left}");
    }

    [Fact]
    public void Neighbours_ForAQuestionLikeTheSectionsExemplars_VoteMostlyForThatSection()
    {
        var sections = fixture.Knowledge.Current.Sections.ToList();
        var psoriasis = sections.FindIndex(s => s.Id == "psoriasis");

        var neighbours = fixture.Knowledge.WithIndex(index =>
            index.Semantic.Neighbours([index.Semantic.Embedder.EmbedQuery("does gut bacteria have anything to do with my psoriasis")]));

        Assert.Equal(psoriasis, Enumerable.Range(0, sections.Count).MaxBy(neighbours.VotesFor));
        Assert.InRange(Enumerable.Range(0, sections.Count).Sum(neighbours.VotesFor), 0.2, 3);
    }

    [Fact]
    public void Parse_ReadsSeveralLabelsAndNone()
    {
        var exemplars = AnswerExemplars.Parse("question\tlabel\nwhat is psoriasis and eczema\tpsoriasis|eczema\nis eczema contagious\tnone\n");

        Assert.Equal(["what is psoriasis and eczema", "is eczema contagious"], exemplars.Questions);
        Assert.Equal(["psoriasis", "eczema"], exemplars.Labels[0]);
        Assert.Equal([AnswerExemplars.None], exemplars.Labels[1]);
    }

    private static List<LabelledQuestion> Read(string file)
    {
        var (rows, problems) = EvaluationFile.Parse(File.ReadAllText(Path.Combine(Answers, file)));
        Assert.Empty(problems);
        return rows;
    }
}
