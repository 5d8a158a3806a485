using GutSkin.Knowledge.Evaluation;
using Xunit.Abstractions;

namespace GutSkin.Knowledge.Tests.Evaluation;

/// <summary>
/// Quality on the development files (the threshold is chosen on them, the exemplars are the training split). The floors
/// sit just under the figures measured on 2026-12-01 after the spent <c>holdout10.tsv</c> and its conversations were folded
/// into train, dev and the development conversations (every row keeps its origin, so each later writer's dev rows are
/// asserted too): they catch a regression. The fresh held-out splits (<c>holdout15.tsv</c>, the test split, and the one
/// before it, <c>holdout14.tsv</c>) and their conversations are asserted at their measurements; their rows and misses are
/// never printed.
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
        // question x passage product (03:10 UTC): 86.2 % (803/932), 90.3 % (701/776); after the fold of holdout9.tsv and the
        // refit (04:50 UTC): 86.2 % (864/1002), 90.1 % (750/832); after the fold of holdout10.tsv and the refit (08:10 UTC):
        // 85.7 % (919/1072), 90.1 % (800/888). That refit was not kept (it declined "Does stress affect psoriasis?"): the
        // model and exemplars are again those of 04:50 UTC, and holdout10.tsv's 400 rows all sit in dev, where this model
        // scores them as it did held out (76.4 %): 84.5 % (1026/1214), 90.4 % (904/1000).
        Assert.True(report.TopOneAccuracy >= 0.84, $"answerable top-1 {report.TopOneAccuracy:P1}");
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
    // seventh held-out writer's 77.8 %) but the second's, 84.2 % (48/57); declines within 2 points. After the fold of
    // holdout9.tsv (the ninth held-out writer: its voices in dialect English, carers, sceptics and one-handed typists; the
    // whole file measured once held out, 03:13 UTC, commit 48f38b4: 87.1 %, 88.2 %) and the refit (threshold 0.57), 04:50
    // UTC: the second writer's 84.2 % (48/57), 96.0 %; the third's 90.9 % (60/66), 98.2 %; the fourth's 87.3 % (48/55),
    // 90.0 % (54/60); the fifth's 95.5 % (64/67), 87.0 % (47/54); the sixth's 87.9 % (58/66), 89.1 % (57/64); the
    // seventh's 80.0 % (52/65), 88.7 % (55/62); the sixth held-out writer's 88.2 % (60/68), 86.8 % (46/53); the eighth's
    // 86.4 % (57/66), 82.0 % (50/61); the seventh held-out writer's 76.4 % (55/72), 91.1 % (51/56); the ninth's 87.9 %
    // (58/66), 85.0 % (51/60); the eighth held-out writer's 85.7 % (60/70), 94.5 % (52/55); the tenth's 75.6 % (62/82),
    // 93.5 % (43/46); the ninth held-out writer's dev rows 87.1 % (61/70), 87.5 % (49/56). After the fold of holdout10.tsv
    // (the tenth held-out writer: patient-community shorthand, misspellers, people on diets, terse and formal writers; the
    // whole file measured once held out, 06:15 UTC, commit fe3b25b: 76.4 %, 91.7 %) and the refit (threshold 0.58), 08:10
    // UTC: the second writer's 86.0 % (49/57), 96.0 % (48/50); the third's 87.9 % (58/66), 98.2 % (54/55); the fourth's
    // 85.5 % (47/55), 90.0 % (54/60); the fifth's 95.5 % (64/67), 87.0 % (47/54); the sixth's 89.4 % (59/66), 89.1 %
    // (57/64); the seventh's 81.5 % (53/65), 87.1 % (54/62); the sixth held-out writer's 88.2 % (60/68), 86.8 % (46/53);
    // the eighth's 86.4 % (57/66), 82.0 % (50/61); the seventh held-out writer's 76.4 % (55/72), 91.1 % (51/56); the
    // ninth's 87.9 % (58/66), 83.3 % (50/60); the eighth held-out writer's 85.7 % (60/70), 94.5 % (52/55); the tenth's
    // 75.6 % (62/82), 93.5 % (43/46); the ninth held-out writer's 88.6 % (62/70), 87.5 % (49/56); the tenth held-out
    // writer's dev rows 78.6 % (55/70), 92.9 % (52/56). That refit was not kept (see above): with the model of 04:50 UTC
    // every writer reads as after the fold of holdout9.tsv, and the tenth held-out writer's 400 rows, all in dev, read as
    // held out: 76.4 % (162/212), 91.7 % (154/168). Floors about 2 points under, or where the floor before was higher and
    // still holds, kept.
    [Theory]
    [InlineData("holdout-2026-11-30", 50, 40, 0.84, 0.94)]
    [InlineData("holdout3-2026-11-30", 60, 50, 0.86, 0.96)]
    [InlineData("holdout4-2026-11-30", 50, 55, 0.85, 0.89)]
    [InlineData("holdout5-2026-11-30", 60, 50, 0.93, 0.86)]
    [InlineData("extra6-2026-11-30", 60, 60, 0.87, 0.88)]
    [InlineData("extra7-2026-11-30", 60, 60, 0.79, 0.85)]
    [InlineData("holdout6-2026-11-30", 60, 50, 0.86, 0.86)]
    [InlineData("extra8-2026-11-30", 60, 55, 0.84, 0.80)]
    [InlineData("holdout7-2026-11-30", 70, 55, 0.74, 0.89)]
    [InlineData("extra9-2026-12-01", 60, 55, 0.85, 0.81)]
    [InlineData("holdout8-2026-12-01", 65, 50, 0.83, 0.92)]
    [InlineData("extra10-2026-12-01", 75, 40, 0.73, 0.91)]
    [InlineData("holdout9-2026-12-01", 70, 55, 0.86, 0.85)]
    [InlineData("holdout10-2026-12-01", 212, 168, 0.755, 0.91)]
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

        Assert.True(conversations.Count >= 250);
        // Measured 2026-12-01 after the folds of holdout8.tsv, conversations.holdout8.tsv and extra10.tsv and the refit:
        // 77.4 % (243/314); the first 70 conversations 80.1 % (153/191; 79.1 %, 151/191, before the folds), the 45 appended
        // 73.2 % (90/123); after the answer model read the question x passage product (03:10 UTC): 75.5 % (237/314), short
        // elliptical turns declined just under the new threshold. After conversations.holdout9.tsv was appended (conversations
        // 116-160) and the refit after the fold of holdout9.tsv: 72.1 % (313/434); the first 115 conversations 75.8 % (238/314).
        // After conversations.holdout10.tsv was appended (conversations 161-205) and the refit after the fold of holdout10.tsv
        // (08:10 UTC): 69.0 % (383/555), declined 93.2 % (110/118). With the follow-up rules of 2026-12-01 (FollowUp: the
        // pronoun before a named subject, short turns, "which one" / "both", the topic after a declined follow-up, turns
        // asking for what the article does not state left alone; 08:39 UTC): 76.0 % (422/555), declined 94.9 % (112/118).
        // After conversations.holdout11.tsv was appended (conversations 206-250; 2026-12-02 03:03 UTC, model of eb8f915):
        // 74.4 % (504/677), declined 91.7 % (132/144). With the turn's own reading scored beside the resolved one (03:33 UTC):
        // 75.2 % (509/677), declined 91.0 % (131/144). Round 15 (2026-12-02 17:00 UTC): a plural pronoun takes the plural
        // subject the last question named, and a short turn declined alone is read with the last question: 75.9 % (514/677),
        // declined 90.3 % (130/144). Round 16 (2026-12-03 06:51 UTC): "that" after the turn's own clause is that clause, and
        // a turn raising a clinician matter itself is referred after a question: 76.2 % (516/677), declined 91.0 % (131/144).
        // Round 18 (2026-12-03 13:36 UTC, before 76.5 % (518/677) on main ad7d204): a long message read by its asking
        // sentences, the story kept where a question points back into it or the turn is joined to the last question:
        // 77.0 % (521/677), declined 91.0 % (131/144). Round 19 (2026-12-03 16:20 UTC): a declined turn naming nothing is
        // asked about the subject the last question named, taken when sure: 77.7 % (526/677), declined 91.0 % (131/144).
        // Round 20 (2026-12-03 19:48 UTC): a medicine told before a general question is background, an older child's diet is
        // not referred across the conversation, Scots "gie": 78.0 % (528/677), declined 91.7 % (132/144), clinician 45/46.
        Assert.True(report.TopOneAccuracy >= 0.76, $"follow-up turns answered right {report.TopOneAccuracy:P1}");
    }

    // Former held-out conversations, appended unchanged after their one measurement: the eighth held-out writer's 45
    // (conversations.holdout8.tsv, conversations 71-115; 2026-12-01 00:20 UTC, commit 0c2d917: turns answered right 69.9 %
    // (86/123), unanswerable turns declined 95.8 % (23/24)) and the ninth round's 45 (conversations.holdout9.tsv,
    // conversations 116-160; 03:13 UTC, commit 48f38b4: 65.0 % (78/120), 96.3 % (26/27)) and the tenth round's 45
    // (conversations.holdout10.tsv, conversations 161-205; 06:15 UTC, commit fe3b25b: 58.7 % (71/121), 89.7 % (26/29)).
    // Measured after the fold of holdout9.tsv and the refit (04:50 UTC): 71.5 % (88/123), 100 % (24/24); 62.5 % (75/120),
    // 96.3 % (26/27). After the fold of holdout10.tsv and the refit (08:10 UTC): 69.9 % (86/123), 100 %; 65.0 % (78/120),
    // 92.6 % (25/27); 57.0 % (69/121), 89.7 % (26/29). With the follow-up rules of 2026-12-01 (08:36 UTC): 78.9 % (97/123),
    // 100 %; 66.7 % (80/120), 92.6 %; 60.3 % (73/121), 89.7 % (the last measured once after the rules were written from
    // conversations 1-160). The eleventh round's 45 (conversations.holdout11.tsv, conversations 206-250; measured once
    // 2026-12-01 10:27 UTC, commit a52de8f: 65.6 % (80/122), 73.1 % (19/26); the same at 2026-12-02 02:57 UTC, commit
    // eb8f915, before it was appended). With the turn's own reading scored beside the resolved one (2026-12-02 03:33 UTC):
    // 81.3 % (100/123), 95.8 % (23/24); 65.8 % (79/120), 96.3 %; 62.8 % (76/121), 89.7 %; 66.4 % (81/122), 73.1 %.
    // Round 15 (plural pronouns by number, short turns read with the last question; 17:00 UTC): 82.1 % (101/123), 95.8 %;
    // 65.8 %, 96.3 %; 65.3 % (79/121), 86.2 % (25/29: one unanswerable short turn now answered); 66.4 %, 73.1 %.
    // Round 16 (a demonstrative after the turn's own clause, a clinician matter raised by the turn itself; 2026-12-03 06:51
    // UTC): 82.1 %, 95.8 %; 66.7 % (80/120), 96.3 %; 65.3 %, 86.2 %; 67.2 % (82/122), 76.9 % (20/26).
    // Round 18 (a long message read by its asking sentences; 2026-12-03 13:36 UTC, declines unchanged): 82.1 %; 68.3 %
    // (82/120); 64.5 % (78/121: "Client with chronic plaque psoriasis ... What's the evidence summary?" now declined); 68.9 % (84/122).
    // Round 19 (a declined turn naming nothing asked about the last question's subject when sure; 16:20 UTC, declines
    // unchanged): 82.1 %; 70.8 % (85/120); 66.1 % (80/121); 68.9 %. Floors one turn below: 0.675 -> 0.70, 0.64 -> 0.65.
    // Round 20 (clinician background and an older child's diet; 19:48 UTC): 82.9 % (102/123), 95.8 %; 70.8 %, 96.3 %; 66.1 %,
    // 89.7 % (26/29); 69.7 % (85/122), 76.9 %. Floors not moved (one turn each).
    [Theory]
    [InlineData(70, 123, 0.82, 0.95)]
    [InlineData(115, 120, 0.70, 0.92)]
    [InlineData(160, 121, 0.65, 0.86)]
    [InlineData(205, 122, 0.68, 0.76)]
    public void DevelopmentConversations_TheFormerHeldOutOnes_ResolveAtTheMeasuredLevel(int first, int answerable, double topOne, double declined)
    {
        var conversations = ReadConversations("conversations.dev.tsv");
        var report = Evaluator.RunConversations(fixture.Knowledge, conversations.Skip(first).Take(45));
        Print(report);

        Assert.Equal(answerable, report.Answerable);
        Assert.True(report.TopOneAccuracy >= topOne, $"turns answered right {report.TopOneAccuracy:P1}");
        Assert.True(report.NoAnswerRecall >= declined, $"unanswerable turns declined {report.NoAnswerRecall:P1}");
    }

    // Fresh held-out splits, each by a data-only writer who never ran the engine nor read the tuning rows, measured once
    // with the answer model refitted after the fold of holdout9. Figures only: their rows and misses are never printed.
    // Targets 90 %, 90 %, 1 %. holdout20.tsv, the test split (2026-12-03 21:00 UTC, round 20's engine, commit c744be1: the
    // answer model unchanged, round 20's clinician referrals, small talk and trial facts): top-1 85.7 % (180/210), declined
    // 93.5 % (159/170), false urgent 0/400, clinician 19/20, the same as the engine of 8c0780f at 19:27 UTC. holdout19.tsv,
    // the former split (88.6 % (186/210), 95.3 % (162/170), 0.3 %, clinician 18/20; 88.1 %, 95.3 %, 17/20 with round 19's
    // engine). holdout18.tsv is no longer asserted.
    [Theory]
    [InlineData("holdout20.tsv", 0.85, 0.93, 0.008)]
    [InlineData("holdout19.tsv", 0.88, 0.95, 0.008)]
    public void HeldOutSplit_AnswersAndDeclinesAtTheMeasuredLevel(string file, double topOne, double declined, double falseUrgent)
    {
        var report = Evaluator.Run(fixture.Knowledge, Read(file));

        Assert.Equal(210, report.Answerable);
        Assert.True(report.TopOneAccuracy >= topOne, $"answerable top-1 {report.TopOneAccuracy:P1}");
        Assert.True(report.NoAnswerRecall >= declined, $"unanswerable declined {report.NoAnswerRecall:P1}");
        Assert.True(report.FalseUrgentRate <= falseUrgent, $"false urgent {report.FalseUrgentRate:P1}");
    }

    // Their fresh follow-up conversations (45 each, by other new writers), measured at the same times:
    // conversations.holdout20.tsv 58.8 % (67/114) of answerable turns right, 87.5 % (21/24) of unanswerable turns declined,
    // clinician turns referred 10/12 (8c0780f's engine at 19:14 UTC: the same); conversations.holdout19.tsv 70.2 % (80/114),
    // 88.0 % (22/25), clinician 8/11 (unchanged by round 20). conversations.holdout18.tsv is no longer asserted.
    [Theory]
    [InlineData("conversations.holdout20.tsv", 0.58, 0.87)]
    [InlineData("conversations.holdout19.tsv", 0.70, 0.87)]
    public void HeldOutConversations_FollowUpsResolveAtTheMeasuredLevel(string file, double topOne, double declined)
    {
        var conversations = ReadConversations(file);
        var report = Evaluator.RunConversations(fixture.Knowledge, conversations);

        Assert.Equal(45, conversations.Count);
        Assert.True(report.TopOneAccuracy >= topOne, $"turns answered right {report.TopOneAccuracy:P1}");
        Assert.True(report.NoAnswerRecall >= declined, $"unanswerable turns declined {report.NoAnswerRecall:P1}");
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
