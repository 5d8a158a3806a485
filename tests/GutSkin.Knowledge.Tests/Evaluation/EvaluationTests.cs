using GutSkin.Knowledge.Evaluation;
using Xunit.Abstractions;

namespace GutSkin.Knowledge.Tests.Evaluation;

/// <summary>
/// Quality on the development files (the threshold is chosen on them, the exemplars are the training split). The floors
/// sit just under the figures measured on 2026-11-30 after the spent <c>holdout.tsv</c> was folded into train and dev
/// (its rows keep their origin): they catch a regression. The fresh held-out split (<c>holdout3.tsv</c>, measured once by
/// the lead) is asserted at its measured figures less a margin, figures only: its rows and misses are never printed.
/// </summary>
public sealed class EvaluationTests(RepositoryKnowledgeFixture fixture, ITestOutputHelper output) : IClassFixture<RepositoryKnowledgeFixture>
{
    private static readonly string Answers = Path.Combine(Repository.Root, "tests", "GutSkin.Knowledge.Tests", "Evaluation", "Answers");

    [Fact]
    public void LabelledQuestions_AreSplitWithTheRequiredMix()
    {
        var rows = new[] { "train.tsv", "dev.tsv" }.SelectMany(file => Read(file)).ToList();

        Assert.True(rows.Count >= 600, $"{rows.Count} labelled questions");
        Assert.True(rows.Count(r => r.Label == LabelledQuestion.None) * 3 >= rows.Count, "at least a third unanswerable");
        Assert.True(rows.Count(r => r.Style == "long") * 2 >= rows.Count, "at least half long, first-person messages");
        Assert.Empty(Read("dev.tsv").Select(r => r.Question).Intersect(Read("train.tsv").Select(r => r.Question)));
    }

    [Fact]
    public void DevelopmentSplit_AnswersAndDeclinesAtTheMeasuredLevel()
    {
        var report = Evaluator.Run(fixture.Knowledge, Read("dev.tsv"));
        Print(report);

        Assert.True(report.TopOneAccuracy >= 0.81, $"answerable top-1 {report.TopOneAccuracy:P1}");
        Assert.True(report.NoAnswerRecall >= 0.88, $"unanswerable declined {report.NoAnswerRecall:P1}");
        Assert.True(report.FalseUrgentRate <= 0.01, $"false urgent {report.FalseUrgentRate:P1}");
        Assert.True(report.Clinician.Referred * 10 >= report.Clinician.Rows * 7, $"clinician referrals {report.Clinician.Referred}/{report.Clinician.Rows}");
    }

    [Fact]
    public void DevelopmentSplit_TheSecondWritersRows_AnswerAndDeclineAtTheMeasuredLevel()
    {
        // The spent holdout.tsv's third in dev: another writer's phrasings, which the exemplars fit least.
        var report = Evaluator.Run(fixture.Knowledge, Read("dev.tsv").Where(r => r.Origin == "holdout-2026-11-30"));
        Print(report);

        Assert.True(report.Answerable >= 50 && report.Unanswerable >= 40, $"{report.Answerable} answerable, {report.Unanswerable} unanswerable rows");
        Assert.True(report.TopOneAccuracy >= 0.71, $"answerable top-1 {report.TopOneAccuracy:P1}");
        Assert.True(report.NoAnswerRecall >= 0.90, $"unanswerable declined {report.NoAnswerRecall:P1}");
        Assert.True(report.FalseUrgentRate <= 0.01, $"false urgent {report.FalseUrgentRate:P1}");
    }

    [Fact]
    public void HeldOutSplit_AnswersAndDeclinesAtTheMeasuredLevel()
    {
        var report = Evaluator.Run(fixture.Knowledge, Read("holdout3.tsv"));

        // Measured 2026-11-30 10:03 UTC: top-1 74.5 % (146/196), declined 86.0 % (141/164), false urgent 0.5 % (2/379).
        // Targets 90 %, 90 %, 1 %: the first two not met.
        Assert.True(report.TopOneAccuracy >= 0.73, $"answerable top-1 {report.TopOneAccuracy:P1}");
        Assert.True(report.NoAnswerRecall >= 0.84, $"unanswerable declined {report.NoAnswerRecall:P1}");
        Assert.True(report.FalseUrgentRate <= 0.01, $"false urgent {report.FalseUrgentRate:P1}");
    }

    [Fact]
    public void DevelopmentConversations_FollowUpsResolveAgainstTheTopic()
    {
        var (conversations, problems) = ConversationFile.Parse(File.ReadAllText(Path.Combine(Answers, "conversations.dev.tsv")));
        var report = Evaluator.RunConversations(fixture.Knowledge, conversations);
        Print(report);

        Assert.Empty(problems);
        Assert.True(conversations.Count >= 60);
        Assert.True(report.TopOneAccuracy >= 0.77, $"follow-up turns answered right {report.TopOneAccuracy:P1}");
    }

    [Fact]
    public void MetaMessages_AreRecognisedByKind()
    {
        var (rows, problems) = EvaluationFile.Parse(File.ReadAllText(Path.Combine(Answers, "meta.tsv")));
        var wrong = rows.Select(r => (r, Got: Evaluator.KindOf(fixture.Knowledge.Ask(r.Question)))).Where(r => r.Got != r.r.Label).ToList();
        foreach (var (row, got) in wrong)
        {
            output.WriteLine($"{row.Label} -> {got}: {row.Question}");
        }

        Assert.Empty(problems);
        Assert.True((rows.Count - wrong.Count) * 10 >= rows.Count * 6, $"{rows.Count - wrong.Count}/{rows.Count} recognised");
    }

    private static List<LabelledQuestion> Read(string file)
    {
        var (rows, problems) = EvaluationFile.Parse(File.ReadAllText(Path.Combine(Answers, file)));
        Assert.Empty(problems);
        return rows;
    }

    // The figures only: `eval` lists the misses.
    private void Print(EvaluationReport report) =>
        output.WriteLine($"top-1 {report.TopOneAccuracy:P1} ({report.AnsweredCorrectly}/{report.Answerable}), declined {report.NoAnswerRecall:P1} ({report.DeclinedCorrectly}/{report.Unanswerable}), false urgent {report.FalseUrgentRate:P1}");
}
