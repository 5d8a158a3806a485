using GutSkin.Knowledge.Evaluation;

namespace GutSkin.Knowledge.Tests.Evaluation;

public sealed class CalibrationTests(RepositoryKnowledgeFixture fixture) : IClassFixture<RepositoryKnowledgeFixture>
{
    private static readonly string Answers = Path.Combine(Repository.Root, "tests", "GutSkin.Knowledge.Tests", "Evaluation", "Answers");

    [Fact]
    public void ByOrigin_ScoresEachLeftOutOriginOnAllItsRows()
    {
        // A few rows of each origin keep the test quick; every origin still has answerable and unanswerable rows.
        var train = Read("train.tsv").GroupBy(r => r.Origin).SelectMany(g => g.Take(30)).ToList();
        var dev = Read("dev.tsv").GroupBy(r => r.Origin).SelectMany(g => g.Take(15)).ToList();

        var figures = Calibration.ByOrigin(fixture.Knowledge, train, dev);

        // A writer whose rows all sit in dev (holdout10's, until the next refit) is left out and scored too.
        Assert.Equal(train.Concat(dev).Select(r => r.Origin).Distinct().Order(), figures.Select(f => f.Origin).Order());
        foreach (var origin in figures)
        {
            var rows = train.Concat(dev).Where(r => r.Origin == origin.Origin).ToList();
            Assert.Equal(rows.Count(r => r.IsAnswerable), origin.Answerable);
            Assert.Equal(rows.Count(r => r.Label == LabelledQuestion.None), origin.Unanswerable);
            Assert.InRange(origin.AnsweredCorrectly, 1, origin.Answerable);
            Assert.InRange(origin.DeclinedCorrectly, 1, origin.Unanswerable);
        }
    }

    [Fact]
    public void EvaluationFile_ReadsEachRowsOrigin()
    {
        var (rows, problems) = EvaluationFile.Parse("question\tlabel\tstyle\tsource\tpassage\torigin\nwhat is eczema\teczema\tshort\twritten\t\tfirst-test\nis eczema contagious\tnone\n");

        Assert.Empty(problems);
        Assert.Equal(["first-test", string.Empty], rows.Select(r => r.Origin));
    }

    private static List<LabelledQuestion> Read(string file)
    {
        var (rows, problems) = EvaluationFile.Parse(File.ReadAllText(Path.Combine(Answers, file)));
        Assert.Empty(problems);
        return rows;
    }
}
