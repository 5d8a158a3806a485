using GutSkin.Knowledge.Evaluation;
using Xunit.Abstractions;

namespace GutSkin.Knowledge.Tests.Evaluation;

public sealed class EvaluationTests(RepositoryKnowledgeFixture fixture, ITestOutputHelper output) : IClassFixture<RepositoryKnowledgeFixture>
{
    [Fact]
    public void LabelledQuestions_MeetTheQualityTargets()
    {
        var file = Path.Combine(TemporaryKnowledgeFolder.RepositoryRoot, "tests", "GutSkin.Knowledge.Tests", "Evaluation", "questions.tsv");
        var (rows, problems) = EvaluationFile.Parse(File.ReadAllText(file));

        var report = Evaluator.Run(fixture.Knowledge, rows);

        foreach (var miss in report.Misses)
        {
            output.WriteLine($"{miss.Question.Label} -> {miss.Outcome} ({miss.Confidence:0.00}): {miss.Question.Question}");
        }

        Assert.Empty(problems);
        Assert.True(report.Answerable >= 100 && report.Unanswerable >= 30 && report.Urgent >= 10, "the evaluation set is smaller than required");
        Assert.True(report.TopOneAccuracy >= 0.90, $"top-1 accuracy {report.TopOneAccuracy:P1}");
        Assert.True(report.NoAnswerRecall >= 0.90, $"unanswerable declined {report.NoAnswerRecall:P1}");
        Assert.Equal(report.Urgent, report.UrgentFlagged);
    }
}
