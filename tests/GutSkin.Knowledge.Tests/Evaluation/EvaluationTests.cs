using GutSkin.Knowledge.Evaluation;
using Xunit.Abstractions;

namespace GutSkin.Knowledge.Tests.Evaluation;

/// <summary>
/// Quality on the development files (the threshold is chosen on them, the exemplars are the training split). The floors
/// sit just under the figures measured on 2026-11-30 after the spent <c>holdout7.tsv</c> and the ninth writer's training
/// file were folded into train and dev (every row keeps its origin, so each later writer's dev rows are asserted too): they catch a regression. The fresh
/// held-out split (<c>holdout8.tsv</c>) and its conversations are asserted at their one measurement; their rows and misses are never printed.
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

        // Measured 2026-11-30 after the folds of holdout7.tsv and extra9.tsv and the refit: top-1 80.9 % (631/780), declined
        // 90.1 % (608/675); after the first alone 82.2 % (587/714), 90.2 % (555/615).
        Assert.True(report.TopOneAccuracy >= 0.79, $"answerable top-1 {report.TopOneAccuracy:P1}");
        Assert.True(report.NoAnswerRecall >= 0.89, $"unanswerable declined {report.NoAnswerRecall:P1}");
        Assert.True(report.FalseUrgentRate <= 0.01, $"false urgent {report.FalseUrgentRate:P1}");
        Assert.True(report.Clinician.Referred * 10 >= report.Clinician.Rows * 7, $"clinician referrals {report.Clinician.Referred}/{report.Clinician.Rows}");
    }

    // The later writers' thirds in dev: other writers' phrasings, which the exemplars fit least (the third's are dictated,
    // non-native and carers'; the fourth's formal letters, texting and terse keywords; the fifth's dictated rambling,
    // carers' and hedged messages; the sixth's long on-topic messages about what the article never names; the seventh's
    // childlike words, metaphors and people in other walks of life; the sixth held-out writer's symptom diaries, conditions
    // described rather than named and older visitors' phrasing; the eighth's forum posts, numbers, regional Englishes and
    // trades; the seventh held-out writer's forum posts, claims read elsewhere, students and journalists; the ninth's
    // near-twin pairs, the same backstory asking once what a passage answers and once a detail the article does not state).
    // Measured 2026-11-30 after the folds of holdout7.tsv and extra9.tsv and the refit: the second writer's rows top-1
    // 84.2 % (48/57), declined 96.0 % (48/50); the third's 81.8 % (54/66), 98.2 % (54/55); the fourth's 80.0 % (44/55),
    // 91.7 % (55/60); the fifth's 92.5 % (62/67), 90.7 % (49/54); the sixth's 80.3 % (53/66), 87.5 % (56/64); the
    // seventh's 67.7 % (44/65), 90.3 % (56/62); the sixth held-out writer's 77.9 % (53/68), 88.7 % (47/53); the eighth's
    // 80.3 % (53/66), 83.6 % (51/61); the seventh held-out writer's 72.2 % (52/72), 87.5 % (49/56); the ninth's 80.3 %
    // (53/66), 85.0 % (51/60); false urgent at most 1 in 128. The seventh held-out writer's rows were held out until then
    // (measured once with the model before, 21:28 UTC, commit 8841506: 71.6 %, 88.6 %); the ninth's were scored once as a
    // new writer before their fold (80.0 %, 82.2 %).
    [Theory]
    [InlineData("holdout-2026-11-30", 50, 40, 0.82, 0.94)]
    [InlineData("holdout3-2026-11-30", 60, 50, 0.79, 0.96)]
    [InlineData("holdout4-2026-11-30", 50, 55, 0.78, 0.89)]
    [InlineData("holdout5-2026-11-30", 60, 50, 0.90, 0.88)]
    [InlineData("extra6-2026-11-30", 60, 60, 0.78, 0.85)]
    [InlineData("extra7-2026-11-30", 60, 60, 0.65, 0.88)]
    [InlineData("holdout6-2026-11-30", 60, 50, 0.75, 0.86)]
    [InlineData("extra8-2026-11-30", 60, 55, 0.78, 0.81)]
    [InlineData("holdout7-2026-11-30", 70, 55, 0.70, 0.85)]
    [InlineData("extra9-2026-12-01", 60, 55, 0.78, 0.83)]
    public void DevelopmentSplit_EachLaterWritersRows_AnswerAndDeclineAtTheMeasuredLevel(string origin, int answerable, int unanswerable, double topOne, double declined)
    {
        var report = Evaluator.Run(fixture.Knowledge, Read("dev.tsv").Where(r => r.Origin == origin));
        Print(report);

        Assert.True(report.Answerable >= answerable && report.Unanswerable >= unanswerable, $"{report.Answerable} answerable, {report.Unanswerable} unanswerable rows");
        Assert.True(report.TopOneAccuracy >= topOne, $"answerable top-1 {report.TopOneAccuracy:P1}");
        Assert.True(report.NoAnswerRecall >= declined, $"unanswerable declined {report.NoAnswerRecall:P1}");
        Assert.True(report.FalseUrgentRate <= 0.01, $"false urgent {report.FalseUrgentRate:P1}");
    }

    // The fresh split, written by a data-only writer who never ran the engine nor read the tuning rows: holdout8.tsv,
    // measured once with this model (fitted after the folds of holdout7 and extra9; 2026-12-01 00:20 UTC, commit 0c2d917):
    // top-1 76.5 % (163/213), declined 90.4 % (151/167), false urgent 0.3 % (1/400). Targets 90 %, 90 %, 1 %: top-1 not
    // met. Figures only: its rows and misses are never printed.
    [Fact]
    public void HeldOutSplit_AnswersAndDeclinesAtTheMeasuredLevel()
    {
        var report = Evaluator.Run(fixture.Knowledge, Read("holdout8.tsv"));

        Assert.Equal(213, report.Answerable);
        Assert.True(report.TopOneAccuracy >= 0.76, $"answerable top-1 {report.TopOneAccuracy:P1}");
        Assert.True(report.NoAnswerRecall >= 0.90, $"unanswerable declined {report.NoAnswerRecall:P1}");
        Assert.True(report.FalseUrgentRate <= 0.01, $"false urgent {report.FalseUrgentRate:P1}");
    }

    // The same writer's fresh follow-up conversations (45, 155 turns), measured once at the same time: turns answered right
    // 69.9 % (86/123), unanswerable turns declined 95.8 % (23/24).
    [Fact]
    public void HeldOutConversations_FollowUpsResolveAtTheMeasuredLevel()
    {
        var (conversations, problems) = ConversationFile.Parse(File.ReadAllText(Path.Combine(Answers, "conversations.holdout8.tsv")));
        var report = Evaluator.RunConversations(fixture.Knowledge, conversations);

        Assert.Empty(problems);
        Assert.Equal(45, conversations.Count);
        Assert.True(report.TopOneAccuracy >= 0.69, $"turns answered right {report.TopOneAccuracy:P1}");
        Assert.True(report.NoAnswerRecall >= 0.95, $"unanswerable turns declined {report.NoAnswerRecall:P1}");
    }

    [Fact]
    public void DevelopmentConversations_FollowUpsResolveAgainstTheTopic()
    {
        var (conversations, problems) = ConversationFile.Parse(File.ReadAllText(Path.Combine(Answers, "conversations.dev.tsv")));
        var report = Evaluator.RunConversations(fixture.Knowledge, conversations);
        Print(report);

        Assert.Empty(problems);
        Assert.True(conversations.Count >= 60);
        // Measured 2026-11-30 after the folds of holdout7.tsv and extra9.tsv and the refit: 79.1 % (151/191, unchanged).
        Assert.True(report.TopOneAccuracy >= 0.78, $"follow-up turns answered right {report.TopOneAccuracy:P1}");
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
