using GutSkin.Knowledge.Evaluation;
using Xunit.Abstractions;

namespace GutSkin.Knowledge.Tests.Evaluation;

/// <summary>
/// Quality on the development files (the threshold is chosen on them, the exemplars are the training split). The floors
/// sit just under the figures measured on 2026-12-01 after the spent <c>holdout8.tsv</c> and its conversations were folded
/// into train, dev and the development conversations (every row keeps its origin, so each later writer's dev rows are
/// asserted too): they catch a regression. The fresh held-out split (<c>holdout9.tsv</c>) and its conversations are
/// asserted at their one measurement; their rows and misses are never printed.
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

        // Measured 2026-12-01 after the folds of holdout8.tsv and extra10.tsv and the refit: top-1 82.3 % (767/932), declined
        // 90.1 % (699/776); after the first alone 81.8 % (695/850), 90.0 % (657/730); after the answer model read the
        // question x passage product (03:10 UTC): 86.2 % (803/932), 90.3 % (701/776).
        Assert.True(report.TopOneAccuracy >= 0.85, $"answerable top-1 {report.TopOneAccuracy:P1}");
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
    // near-twin pairs, the same backstory asking once what a passage answers and once a detail the article does not state;
    // the eighth held-out writer's voice messages, second-language English, teenagers, letters and lists of questions; the
    // tenth's answerable questions in few of the article's words: lay words, metaphors, backstory and sceptical questions).
    // Measured 2026-12-01 after the folds of holdout8.tsv and extra10.tsv and the refit: the second writer's rows top-1
    // 87.7 % (50/57), declined 96.0 % (48/50); the third's 84.8 % (56/66), 98.2 % (54/55); the fourth's 83.6 % (46/55),
    // 91.7 % (55/60); the fifth's 95.5 % (64/67), 88.9 % (48/54); the sixth's 80.3 % (53/66), 90.6 % (58/64); the
    // seventh's 72.3 % (47/65), 90.3 % (56/62); the sixth held-out writer's 77.9 % (53/68), 88.7 % (47/53); the eighth's
    // 86.4 % (57/66), 82.0 % (50/61); the seventh held-out writer's 72.2 % (52/72), 87.5 % (49/56); the ninth's 84.8 %
    // (56/66), 86.7 % (52/60); the eighth held-out writer's 80.0 % (56/70), 92.7 % (51/55); the tenth's 69.5 % (57/82),
    // 91.3 % (42/46); false urgent at most 1 in 128. The eighth held-out writer's rows were held out until then (the whole
    // file measured once with the model before, 2026-12-01 00:20 UTC, commit 0c2d917: 76.5 %, 90.4 %); the ninth's and
    // the tenth's were scored once as a new writer before their fold (80.0 %, 82.2 %; 61.3 %, 90.5 %). After the answer
    // model read the question x passage product (03:10 UTC) every writer's top-1 is level or up (the tenth's 75.6 %, the
    // seventh held-out writer's 77.8 %) but the second's, 84.2 % (48/57); declines within 2 points.
    [Theory]
    [InlineData("holdout-2026-11-30", 50, 40, 0.83, 0.94)]
    [InlineData("holdout3-2026-11-30", 60, 50, 0.82, 0.96)]
    [InlineData("holdout4-2026-11-30", 50, 55, 0.81, 0.89)]
    [InlineData("holdout5-2026-11-30", 60, 50, 0.93, 0.86)]
    [InlineData("extra6-2026-11-30", 60, 60, 0.78, 0.88)]
    [InlineData("extra7-2026-11-30", 60, 60, 0.70, 0.88)]
    [InlineData("holdout6-2026-11-30", 60, 50, 0.75, 0.86)]
    [InlineData("extra8-2026-11-30", 60, 55, 0.84, 0.80)]
    [InlineData("holdout7-2026-11-30", 70, 55, 0.70, 0.85)]
    [InlineData("extra9-2026-12-01", 60, 55, 0.82, 0.84)]
    [InlineData("holdout8-2026-12-01", 65, 50, 0.78, 0.90)]
    [InlineData("extra10-2026-12-01", 75, 40, 0.67, 0.89)]
    public void DevelopmentSplit_EachLaterWritersRows_AnswerAndDeclineAtTheMeasuredLevel(string origin, int answerable, int unanswerable, double topOne, double declined)
    {
        var report = Evaluator.Run(fixture.Knowledge, Read("dev.tsv").Where(r => r.Origin == origin));
        Print(report);

        Assert.True(report.Answerable >= answerable && report.Unanswerable >= unanswerable, $"{report.Answerable} answerable, {report.Unanswerable} unanswerable rows");
        Assert.True(report.TopOneAccuracy >= topOne, $"answerable top-1 {report.TopOneAccuracy:P1}");
        Assert.True(report.NoAnswerRecall >= declined, $"unanswerable declined {report.NoAnswerRecall:P1}");
        Assert.True(report.FalseUrgentRate <= 0.01, $"false urgent {report.FalseUrgentRate:P1}");
    }

    [Fact]
    public void DevelopmentConversations_FollowUpsResolveAgainstTheTopic()
    {
        var conversations = ReadConversations("conversations.dev.tsv");
        var report = Evaluator.RunConversations(fixture.Knowledge, conversations);
        Print(report);

        Assert.True(conversations.Count >= 115);
        // Measured 2026-12-01 after the folds of holdout8.tsv, conversations.holdout8.tsv and extra10.tsv and the refit:
        // 77.4 % (243/314); the first 70 conversations 80.1 % (153/191; 79.1 %, 151/191, before the folds), the 45 appended
        // 73.2 % (90/123); after the answer model read the question x passage product (03:10 UTC): 75.5 % (237/314), short
        // elliptical turns declined just under the new threshold.
        Assert.True(report.TopOneAccuracy >= 0.74, $"follow-up turns answered right {report.TopOneAccuracy:P1}");
    }

    // The eighth held-out writer's 45 conversations (conversations.holdout8.tsv, appended unchanged as conversations 71-115
    // after their one measurement, 2026-12-01 00:20 UTC, commit 0c2d917: turns answered right 69.9 % (86/123), unanswerable
    // turns declined 95.8 % (23/24)). Measured after the folds of holdout8.tsv and extra10.tsv and the refit: 73.2 % (90/123),
    // 91.7 % (22/24).
    [Fact]
    public void DevelopmentConversations_TheFormerHeldOutOnes_ResolveAtTheMeasuredLevel()
    {
        var conversations = ReadConversations("conversations.dev.tsv");
        var report = Evaluator.RunConversations(fixture.Knowledge, conversations.Skip(70).Take(45));
        Print(report);

        Assert.Equal(123, report.Answerable);
        Assert.True(report.TopOneAccuracy >= 0.70, $"turns answered right {report.TopOneAccuracy:P1}");
        Assert.True(report.NoAnswerRecall >= 0.90, $"unanswerable turns declined {report.NoAnswerRecall:P1}");
    }

    // The fresh split, written by a ninth data-only writer who never ran the engine nor read the tuning rows: holdout9.tsv,
    // measured once with this model (the question x passage product, fitted after the folds of holdout8 and extra10;
    // 2026-12-01 03:13 UTC, commit 48f38b4): top-1 87.1 % (183/210), declined 88.2 % (150/170), false urgent 0.0 % (0/400).
    // Targets 90 %, 90 %, 1 %: top-1 and declined not met. Figures only: its rows and misses are never printed.
    [Fact]
    public void HeldOutSplit_AnswersAndDeclinesAtTheMeasuredLevel()
    {
        var report = Evaluator.Run(fixture.Knowledge, Read("holdout9.tsv"));

        Assert.Equal(210, report.Answerable);
        Assert.True(report.TopOneAccuracy >= 0.86, $"answerable top-1 {report.TopOneAccuracy:P1}");
        Assert.True(report.NoAnswerRecall >= 0.87, $"unanswerable declined {report.NoAnswerRecall:P1}");
        Assert.True(report.FalseUrgentRate <= 0.01, $"false urgent {report.FalseUrgentRate:P1}");
    }

    // Another new writer's fresh follow-up conversations (45, 157 turns), measured once at the same time: turns answered
    // right 65.0 % (78/120), unanswerable turns declined 96.3 % (26/27).
    [Fact]
    public void HeldOutConversations_FollowUpsResolveAtTheMeasuredLevel()
    {
        var conversations = ReadConversations("conversations.holdout9.tsv");
        var report = Evaluator.RunConversations(fixture.Knowledge, conversations);

        Assert.Equal(45, conversations.Count);
        Assert.True(report.TopOneAccuracy >= 0.64, $"turns answered right {report.TopOneAccuracy:P1}");
        Assert.True(report.NoAnswerRecall >= 0.95, $"unanswerable turns declined {report.NoAnswerRecall:P1}");
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

    private static List<List<LabelledQuestion>> ReadConversations(string file)
    {
        var (conversations, problems) = ConversationFile.Parse(File.ReadAllText(Path.Combine(Answers, file)));
        Assert.Empty(problems);
        return conversations;
    }

    // The figures only: `eval` lists the misses.
    private void Print(EvaluationReport report) =>
        output.WriteLine($"top-1 {report.TopOneAccuracy:P1} ({report.AnsweredCorrectly}/{report.Answerable}), declined {report.NoAnswerRecall:P1} ({report.DeclinedCorrectly}/{report.Unanswerable}), false urgent {report.FalseUrgentRate:P1}");
}
