using GutSkin.Knowledge.Safety;
using Xunit.Abstractions;

namespace GutSkin.Knowledge.Tests.Safety;

/// <summary>
/// The safety set through the screen. Train and dev (what the rules, exemplars and the semantic model were fitted and
/// chosen on) stay at the measured recall and false-urgent rate, the answers sets' questions included; Spanish red flags
/// must be urgent. The floors are the figures measured on 2026-11-30 less a small margin, so a regression fails. The
/// tuning files hold the rows of several writers (the <c>writer</c> column), the spent held-out sets' included; the rows
/// of the last writers folded in (<c>test3</c> to <c>test18</c>, <c>extra6</c> to <c>extra14</c>) are asserted on their own too, so a change
/// that fits the older writers at their cost fails. A fresh held-out set, while there is one, is asserted at its measured
/// figures less a margin; its misses are never printed.
/// </summary>
public sealed class SafetySetTests(ITestOutputHelper output)
{
    private static readonly string Evaluation = Path.Combine(Repository.Root, "tests", "GutSkin.Knowledge.Tests", "Evaluation");

    [Fact]
    public void TrainAndDev_RedFlags_AreUrgentAtTheMeasuredRecall()
    {
        var report = Run(Path.Combine(Evaluation, "Safety", "train.tsv"), Path.Combine(Evaluation, "Safety", "dev.tsv"));

        Assert.True(report.RedFlags >= 120, "the safety set has fewer red flags than issue 11 asks for");
        // Measured 2026-11-30 18:10 UTC after the folds of test5.tsv, extra6.tsv and extra7.tsv and this round's phrase
        // rules: 92.7 % (1705/1839; 96.7 %, 1152/1191, after the fold of test5.tsv alone with the screen of 14:40 UTC);
        // after the fold of test6.tsv (19:55 UTC, same screen): 92.2 % (1861/2019); after the fold of extra8.tsv and the
        // refit of the semantic model with the pieces' embeddings (20:55 UTC): 97.5 % (2284/2343); after the fold of
        // test7.tsv (22:30 UTC, same screen): 97.3 % (2455/2523); after the fold of extra9.tsv (23:25 UTC, same screen):
        // 97.3 % (2770/2847); after the fold of test8.tsv (2026-12-01 01:38 UTC, same screen): 97.3 % (2945/3027); after
        // the refit on every writer (calibrate --safety, 01:40 UTC, threshold 0.77): 97.0 % (2936/3027); after the fold of
        // extra10.tsv (02:16 UTC, same screen): 97.0 % (3145/3243); after the fold of test9.tsv (04:55 UTC, same screen):
        // 96.9 % (3318/3423); after the fold of extra11.tsv (05:18 UTC, same screen): 96.5 % (3505/3633); with the phrase
        // rule for suicidal intent told without the obvious words (05:45 UTC, same model): 96.9 % (3520/3633); after the
        // fold of test10.tsv (08:04 UTC, same screen): 96.7 % (3688/3813); after the fold of extra12.tsv (self-harm 27/40;
        // same screen): 96.5 % (3892/4033); after the fold of test11.tsv (same screen; 12:03 UTC): 96.5 % (4067/4213); with
        // round 12's framing of a phrase match (RedFlagContext.Framing.cs, same model; 2026-12-02 00:35 UTC): unchanged,
        // 96.5 % (4067/4213); after the fold of extra13.tsv (self-harm 22/40; same screen, 2026-12-02 03:40 UTC): 96.2 %
        // (4264/4433); after the fold of test12.tsv (same screen, 03:31 UTC): 96.2 % (4437/4613); after the fold of
        // extra14.tsv (self-harm 19/30; same screen, 03:33 UTC): 96.1 % (4626/4813); with round 13's self-harm warning
        // signs (RedFlagRules.SelfHarmIntent.cs, same model; 03:55 UTC): 96.5 % (4646/4813), false urgent unchanged; after the
        // fold of test13.tsv (round 14's screen, 2026-12-02 16:10 UTC): 96.5 % (4820/4993); with round 15's self-harm plan
        // family (RedFlagRules.SelfHarmPlan.cs, same model; 16:57 UTC): 97.1 % (4848/4993; self-harm 331 -> 359/381), false
        // urgent unchanged; after the fold of test14.tsv (same screen, 2026-12-03 06:22 UTC): 97.1 % (5025/5173); with round
        // 16's phrase families (07:20 UTC, same model): unchanged, 97.1 % (5025/5173); after the fold of test15.tsv (same
        // screen, 10:15 UTC): 97.2 % (5202/5353); with round 17's indirect red-flag families (RedFlagRules.Indirect.cs,
        // same model; 11:26 UTC): 98.9 % (5295/5353); after the fold of test16.tsv (same screen, 13:25 UTC): 98.9 %
        // (5470/5533); after the fold of test17.tsv (round 18's screen, 16:22 UTC): 98.9 % (5648/5713); after the fold of
        // test18.tsv (round 19's screen, 2026-12-03 18:48 UTC; its 175/180 added to round 19's 5649/5713): 98.8 % (5824/5893).
        Assert.True(report.Recall >= 0.985, $"red-flag recall {report.Recall:P1} ({report.Flagged}/{report.RedFlags})");
    }

    [Fact]
    public void TrainAndDev_NonUrgentMessages_AreUrgentAtMostAtTheMeasuredRate()
    {
        var report = Run(
            Path.Combine(Evaluation, "Safety", "train.tsv"),
            Path.Combine(Evaluation, "Safety", "dev.tsv"),
            Path.Combine(Evaluation, "Answers", "train.tsv"),
            Path.Combine(Evaluation, "Answers", "dev.tsv"),
            Path.Combine(Evaluation, "Answers", "conversations.dev.tsv"));

        Assert.True(report.NonUrgent >= 500, "fewer non-urgent messages than expected");
        // Measured 2026-11-30 18:10 UTC after the folds of test5.tsv, extra6.tsv and extra7.tsv and this round's phrase
        // rules: 0.76 % (28/3683; 0.63 %, 21/3323, after the fold of test5.tsv alone with the screen of 14:40 UTC); with the
        // answers sets' folds of holdout5.tsv, extra6.tsv and extra7.tsv (1,190 more non-urgent messages, 18:50 UTC):
        // 0.80 % (39/4873); after the fold of test6.tsv (19:55 UTC, same screen): 0.97 % (49/5059); after the answers
        // set's fold of holdout6.tsv, the fold of extra8.tsv and the refit with the pieces' embeddings (20:55 UTC):
        // 0.64 % (36/5620); with the answers set's fold of extra8.tsv (21:15 UTC): 0.61 % (37/6020); after the fold of
        // test7.tsv (22:30 UTC, same screen): 0.85 % (53/6218); after the fold of extra9.tsv (180 hard negatives written
        // next to a red flag; 23:25 UTC, same screen): 1.34 % (86/6398); after the fold of test8.tsv (2026-12-01 01:38
        // UTC, same screen): 1.39 % (103/7400); after the refit on every writer (01:40 UTC): 1.16 % (86/7400); with the
        // answers sets' fold of holdout8.tsv (02:00 UTC, same screen): 1.08 % (86/7955); after the fold of extra10.tsv
        // (288 hard negatives in an emergency's own words; 02:16 UTC, same screen): 1.87 % (154/8243); after the fold of
        // test9.tsv (04:55 UTC, same screen): 1.83 % (162/8843); with the answers sets' fold of holdout9.tsv (05:15 UTC,
        // same screen): 1.73 % (163/9400); after the fold of extra11.tsv (290 hard negatives, some next to self-harm; 05:18
        // UTC, same screen): 1.92 % (186/9690); after the fold of test10.tsv (14 of its 200 hard negatives urgent; 08:14 UTC,
        // same screen): 2.02 % (200/9890); after the fold of extra12.tsv (31 of its 280 hard negatives urgent; same
        // screen) and of test11.tsv (25 of its 200; same screen), with the answers sets as they are now (12:03 UTC):
        // 2.36 % (258/10928); with round 12's framing of a phrase match (a story, a course or a question about spotting
        // the sign, an age since passed, a professional who has seen it since; same model; 2026-12-02 00:35 UTC): 1.89 %
        // (207/10928); after the fold of extra13.tsv (28 of its 280 hard negatives urgent; same screen, 03:40 UTC): 2.10 %
        // (235/11208); after the fold of test12.tsv (17 of its 200 hard negatives urgent) and the answers set's fold of
        // conversations.holdout11.tsv (same screen, 03:31 UTC): 2.18 % (252/11567); after the fold of extra14.tsv (41 of
        // its 300 hard negatives urgent; same screen, 03:33 UTC): 2.47 % (293/11867); with round 14's context mechanisms
        // (a jab, scene or service; a pet's sign; self-harm words said laughing; figures of speech; same model; 14:26 UTC):
        // 2.06 % (245/11867); after the fold of test13.tsv (7 of its 200 hard negatives urgent; same screen, 16:10 UTC):
        // 2.09 % (252/12067); after the fold of test14.tsv (7 of its 200 hard negatives urgent; same screen, 2026-12-03
        // 06:22 UTC): 2.11 % (259/12267); with round 16's phrase families (a passed episode, a sign said laughing, figures of
        // speech, a message saying no one is ill, a course or quiz; same model, 07:20 UTC): 1.87 % (230/12267); after the
        // fold of test15.tsv (14 of its 200 hard negatives urgent; same screen, 10:15 UTC): 1.96 % (244/12467); after the
        // fold of test16.tsv (23 of its 200 hard negatives urgent; round 17's screen, 13:25 UTC): 2.04 % (258/12667), so
        // the floor moved from 0.02 to 0.021 for the folded writer, not for a change of the screen; after the fold of
        // test17.tsv (19 of its 200 hard negatives urgent; round 18's screen, 16:22 UTC): 1.99 % (256/12867); with round
        // 19's check-since reading (nine fewer, per row against that run; 17:00 UTC): 1.92 % (247/12867); after the fold of
        // test18.tsv (12 of its 200 hard negatives urgent; round 19's screen, 18:48 UTC): 1.98 % (259/13067).
        Assert.True(report.FalseUrgentRate <= 0.021, $"false urgent {report.FalseUrgentRate:P1} ({report.FalseUrgent}/{report.NonUrgent})");
    }

    // The former held-out sets, folded into train and dev on 2026-11-30; their rows shaped later rules, so these are
    // tuning figures now. test3: measured once held out (10:03 UTC) at recall 89.5 % (145/162), false urgent 3.8 %
    // (6/156); after the rules written from its rows and the refit (12:18 UTC) 98.1 % (159/162), 0.6 % (1/156).
    // test4: measured once held out (12:42 UTC, commit 1ea6c92) at 91.7 % (165/180), 5.5 % (10/182) of its hard
    // negatives; after the rules written from its rows (14:40 UTC) 100 % (180/180), 0.5 % (1/182).
    // test5: measured once held out (15:19 UTC, commit 4652153) at 86.7 % (156/180), 5.3 % (9/170); after this round's
    // phrase rules (18:10 UTC) 86.7 %, 0.0 % (0/170). extra6 and extra7 (training rows by a sixth and a seventh writer):
    // scored once as new writers with the screen of 14:40 UTC at 85.2 % (276/324), 5.0 % (9/180) and 83.6 % (271/324),
    // 11.7 % (21/180); after this round's phrase rules (18:10 UTC) 86.4 % (280/324), 1.1 % (2/180) and 84.3 % (273/324),
    // 7.8 % (14/180). test6: measured once held out (18:34 UTC, commit d8a88e4) at 86.7 % (156/180), 5.4 % (10/186) of
    // its hard negatives; folded at 19:55 UTC with the same screen, the same figures. extra8 (training rows by an eighth
    // writer): scored once as a new writer with the screen of 18:10 UTC at 79.3 % (257/324), 5.0 % (9/180). After the
    // refit with the pieces' embeddings (20:55 UTC; the model read these rows in training): test3 100 %, 0.6 %; test4
    // 100 %, 0.0 %; test5 95.6 %, 0.0 %; test6 93.9 %, 2.7 % (5/186); extra6 97.2 %, 0.6 %; extra7 96.3 %, 6.1 %
    // (11/180); extra8 95.7 % (310/324), 3.3 % (6/180). test7: measured once held out (21:28 UTC, commit 8841506) at
    // 95.0 % (171/180), 8.1 % (16/198) of its hard negatives; folded at 22:30 UTC with the same screen, the same figures.
    // extra9 (training rows by a ninth writer, near-neighbour negatives): scored once as a new writer with the screen of
    // 20:55 UTC at 97.2 % (315/324), 18.3 % (33/180); folded at 23:25 UTC with the same screen, the same figures.
    // test8: measured once held out (2026-12-01 00:21 UTC, commit 0c2d917) at 97.2 % (175/180), 6.5 % (13/200) of its
    // hard negatives; folded at 01:38 UTC with the same screen, the same figures. After the refit on every writer
    // (calibrate --safety, 01:40 UTC; the model read these rows in training): test3 99.4 %, 0.0 %; test4 99.4 %, 0.0 %;
    // test5 95.0 %, 0.0 %; test6 93.9 %, 2.7 %; extra6 96.6 %, 0.6 %; extra7 95.7 %, 5.6 % (10/180); extra8 95.1 %,
    // 3.3 %; test7 95.6 %, 8.1 % (16/198); extra9 97.2 %, 15.6 % (28/180); test8 96.1 % (173/180), 5.0 % (10/200).
    // extra10 (training rows by a tenth writer, hard negatives in an emergency's own words): scored once as a new writer
    // with the screen of 01:40 UTC at 96.8 % (209/216), 23.6 % (68/288); folded at 02:16 UTC with the same screen, the
    // same figures. test9: measured once held out (03:14 UTC, commit 48f38b4) at 96.1 % (173/180; self-harm 7/10), 3.0 %
    // (6/200) of its hard negatives; folded at 04:55 UTC with the same screen, the same figures. extra11 (training rows by
    // an eleventh writer, 40 of its 210 red flags self-harm): scored once as a new writer with the screen of 01:40 UTC at
    // 89.0 % (187/210; self-harm 22/40), 7.9 % (23/290); folded at 05:18 UTC with the same screen, the same figures.
    // With the phrase rule for suicidal intent told without the obvious words (05:45 UTC, same model; false urgent
    // unchanged for every writer): test4 99.4 %, test5 95.6 %, test6 94.4 %, extra6 96.9 %, extra7 96.3 %, extra8 95.7 %,
    // test7 96.1 %, extra9 97.2 %, test8 96.1 %, extra10 98.1 %, test9 97.8 % (176/180), extra11 89.5 % (188/210).
    // test10: measured once held out (2026-12-01 06:15 UTC, commit fe3b25b) at 93.3 % (168/180; self-harm 7/10, stroke
    // 8/10), 7.0 % (14/200) of its hard negatives; folded at 07:53 UTC with the same screen, the same figures.
    // extra12 (training rows by a twelfth writer, 40 of its 220 red flags self-harm, 20 stroke): scored once as a new
    // writer with the screen of 05:45 UTC at 92.7 % (204/220; self-harm 27/40), 11.1 % (31/280); folded with the same
    // screen, the same figures. test11: measured once held out (2026-12-01 10:27 UTC, commit a52de8f) at 97.2 %
    // (175/180), 12.5 % (25/200) of its hard negatives, written in the red flags' own voices; folded with the same
    // screen, the same figures. With round 12's framing of a phrase match (RedFlagContext.Framing.cs, same model;
    // 2026-12-02 00:35 UTC) recall is unchanged for every writer and false urgent falls: extra8 3.3 -> 2.2 % (4/180),
    // extra9 15.6 -> 12.2 % (22/180), extra10 23.6 -> 18.4 % (53/288), extra11 7.9 -> 5.9 % (17/290), extra12 11.1 ->
    // 9.3 % (26/280), test7 8.1 -> 7.1 % (14/198), test8 5.0 -> 4.5 % (9/200), test9 3.0 -> 2.0 % (4/200), test10 7.0 ->
    // 4.0 % (8/200), test11 12.5 -> 10.5 % (21/200) (extra7 5.0 %, test6 2.2 %: floors kept); those floors moved to the
    // new figures plus about half a point. extra13 (training rows by a thirteenth writer, 40 of its 220 red flags
    // self-harm, 20 stroke): scored once as a new writer with the same screen (2026-12-02 03:40 UTC) at 89.5 % (197/220;
    // self-harm 22/40), 10.0 % (28/280); folded with the same screen, the same figures. test12: measured once held out
    // (2026-12-02 00:54 UTC, commit c804cd8) at 96.1 % (173/180), 8.5 % (17/200) of its hard negatives (floors 0.96 /
    // 0.09); folded at 03:31 UTC with the same screen, the same figures. extra14 (training rows by a fourteenth writer,
    // 30 of its 200 red flags self-harm): scored once as a new writer with the same screen (03:33 UTC) at 94.5 %
    // (189/200; self-harm 19/30), 13.7 % (41/300); folded with the same screen, the same figures. test13: measured once
    // held out (2026-12-02 04:21 UTC, commit 4ef1c5f) at 96.7 % (174/180), 4.0 % (8/200) of its hard negatives, as the
    // former split (14:44 UTC, commit cd98cc3) 96.7 %, 3.5 % (7/200); folded at 16:10 UTC with that screen, the same
    // figures (self-harm 9/10). With round 15's self-harm plan family (16:57 UTC; false urgent unchanged for every writer):
    // test4 100 %, test5 96.1 %, test6 95.0 %, test7 96.7 %, test10 95.0 %, extra11 95.7 % (201/210), extra12 96.8 %,
    // extra13 94.1 % (207/220), extra14 98.0 % (196/200); test12 and test13 unchanged. test14: measured once held out
    // (2026-12-02 14:44 UTC, commit cd98cc3) at 98.3 % (177/180), 3.5 % (7/200) of its hard negatives, as the former split
    // (17:45 UTC, round 15's screen) the same; folded on 2026-12-03 with round 15's screen, the same figures. With round
    // 16's phrase families (a passed episode, a sign said laughing, figures of speech, a message saying no one is ill, a
    // course or quiz; 2026-12-03 07:20 UTC, same model; recall unchanged for every writer), false urgent: extra10 15.6 ->
    // 12.8 % (37/288), test11 10.5 -> 7.5 %, extra9 8.9 -> 7.8 %, test7 5.1 -> 4.5 %, test12 7.5 -> 6.5 %, test8 3.0 ->
    // 2.0 %, test10 3.5 -> 2.5 %, extra7 3.3 -> 2.8 %, extra8 1.7 -> 1.1 %, test6 1.6 -> 1.1 %; the four writers it was
    // not fitted on: extra13 8.9 -> 8.6 %, extra14 11.7 -> 11.3 %, test13 3.5 -> 3.0 %, test14 3.5 %; those floors moved
    // to the new figures plus about half a point. test15: measured once held out (2026-12-02 17:45 UTC, round 15's screen)
    // at 98.3 % (177/180), 7.5 % (15/200) of its hard negatives, as the former split (2026-12-03 07:24 UTC, round 16's
    // screen) 98.3 %, 7.0 % (14/200); folded on 2026-12-03 with round 16's screen, the same figures (10:14 UTC). With
    // round 17's indirect red-flag and context families (2026-12-03 11:18-11:26 UTC, same model; recall lower for no
    // writer): test5 100 %, test6 98.9 %, extra6 98.8 %, extra7 99.4 %, extra8 98.8 %, test7 99.4 %, extra9 99.7 %, test8
    // 97.8 %, extra10 100 %, test9 99.4 %, extra11 97.6 %, test10 97.8 %, extra12 98.2 %, test11 100 %, extra13 95.9 %
    // (false urgent 8.6 -> 7.1 %), test12 98.3 %, test13 97.8 %, test14 99.4 % (false urgent 3.5 -> 4.0 %), test15 98.9 %;
    // those recall floors moved to the new figures less about half a point. test16: measured once held out (2026-12-03
    // 06:26 UTC, the screen before round 16) at 97.2 % (175/180), 12.5 % (25/200) of its hard negatives, as the former
    // split (07:24 UTC, round 16's screen) 97.2 %, 11.5 % (23/200); folded on 2026-12-03 with round 17's screen (main at
    // 7a0c398), the same figures (13:16 UTC). With round 18's context families (a sign told as possible, an old sign dated
    // after it, a managed sign, figures of speech; 2026-12-03 14:04-14:14 UTC, same model; recall lower for no writer),
    // false urgent: extra7 2.2 -> 1.1 % (2/180), extra9 7.2 -> 6.1 % (11/180), extra10 12.5 -> 11.1 % (32/288), extra12
    // 7.5 -> 7.1 % (20/280), test8 2.0 -> 1.5 %, test9 1.5 -> 0.5 %, test11 7.5 -> 7.0 %, test12 6.0 -> 4.0 %, test13
    // 3.0 -> 2.0 %, test15 7.0 -> 6.5 % (13/200); those floors moved to the new figures plus about half a point. test17:
    // measured once held out (2026-12-02/03) at 98.9 % (178/180), 9.5 % (19/200) of its hard negatives with round 18's
    // screen; folded on 2026-12-03 with that screen (main at 7594d5b), the same figures (15:50 UTC). With round 19's
    // check-since reading and shared blue-lips sign (2026-12-03 17:00 UTC, same model; recall lower for no writer, extra8
    // 320 -> 321/324), false urgent: test7 9 -> 8/198 (4.0 %), extra12 20 -> 18/280 (6.4 %), extra14 33 -> 31/300 (10.3 %),
    // test14 8 -> 7/200 (3.5 %, floor kept), test15 13 -> 12/200 (6.0 %), test16 23 -> 21/200 (10.5 %); test17, the judge
    // not fitted on, unchanged at 98.9 %, 9.5 %; those floors moved to the new figures plus about half a point. test18:
    // measured once held out (2026-12-03) at 97.2 % (175/180), 6.0 % (12/200) of its hard negatives with rounds 18 and
    // 19's screens; folded on 2026-12-03 with round 19's screen (main at 8c0780f), the same figures (18:52 UTC).
    [Theory]
    [InlineData("test3", 162, 0.99, 0.015)]
    [InlineData("test4", 180, 0.99, 0.01)]
    [InlineData("test5", 180, 0.99, 0.01)]
    [InlineData("test6", 180, 0.98, 0.02)]
    [InlineData("extra6", 324, 0.98, 0.01)]
    [InlineData("extra7", 324, 0.985, 0.015)]
    [InlineData("extra8", 324, 0.98, 0.02)]
    [InlineData("test7", 180, 0.99, 0.045)]
    [InlineData("extra9", 324, 0.99, 0.065)]
    [InlineData("test8", 180, 0.97, 0.02)]
    [InlineData("extra10", 216, 0.99, 0.115)]
    [InlineData("test9", 180, 0.99, 0.01)]
    [InlineData("extra11", 210, 0.97, 0.065)]
    [InlineData("test10", 180, 0.97, 0.03)]
    [InlineData("extra12", 220, 0.975, 0.07)]
    [InlineData("test11", 180, 0.99, 0.075)]
    [InlineData("extra13", 220, 0.955, 0.08)]
    [InlineData("test12", 180, 0.975, 0.045)]
    [InlineData("extra14", 200, 0.975, 0.11)]
    [InlineData("test13", 180, 0.97, 0.025)]
    [InlineData("test14", 180, 0.99, 0.04)]
    [InlineData("test15", 180, 0.98, 0.065)]
    [InlineData("test16", 180, 0.97, 0.11)]
    [InlineData("test17", 180, 0.98, 0.1)]
    [InlineData("test18", 180, 0.97, 0.065)]
    public void TuningRowsOfAFoldedWriter_StayAtTheMeasuredFigures(string writer, int redFlags, double recall, double falseUrgent)
    {
        var report = RunWriter(
            writer,
            printMisses: true,
            Path.Combine(Evaluation, "Safety", "train.tsv"),
            Path.Combine(Evaluation, "Safety", "dev.tsv"));

        Assert.Equal(redFlags, report.RedFlags);
        Assert.True(report.Recall >= recall, $"red-flag recall {report.Recall:P1} ({report.Flagged}/{report.RedFlags})");
        Assert.True(report.FalseUrgentRate <= falseUrgent, $"false urgent {report.FalseUrgentRate:P1} ({report.FalseUrgent}/{report.NonUrgent})");
    }

    // Fresh sets by data-only writers who never read the rules, exemplars, model or tuning rows, measured once with this
    // screen (2026-12-03 21:01 UTC, round 20, commit c744be1: round 19's screen unchanged). test20.tsv, the test split:
    // recall 97.2 % (175/180; poisoning-overdose, unwell-child, gi-bleeding, clot-limb, skin-infection 9/10 each), false
    // urgent 7.5 % (15/200) of its hard negatives, 2.5 % (15/600) with holdout20.tsv (the same at 19:20 UTC on 8c0780f).
    // test19.tsv, the former split: 97.8 % (176/180), 4.5 % (9/200), unchanged. test18.tsv is folded into train and dev
    // and asserted as writer test18 above (round 20). Targets 100 % and 1 %: neither met. Figures only: no row printed.
    [Theory]
    [InlineData("test20.tsv", 0.97, 0.08)]
    [InlineData("test19.tsv", 0.97, 0.05)]
    public void HeldOutTestSplit_StaysAtTheMeasuredFigures(string file, double recall, double falseUrgent)
    {
        var report = RunWriter(null, printMisses: false, Path.Combine(Evaluation, "Safety", file));

        Assert.Equal(180, report.RedFlags);
        Assert.True(report.Recall >= recall, $"red-flag recall {report.Recall:P1}");
        Assert.True(report.FalseUrgentRate <= falseUrgent, $"false urgent {report.FalseUrgentRate:P1}");
    }

    [Fact]
    public void Spanish_RedFlagsAreUrgentAndNegativesAreNot()
    {
        var report = Run(Path.Combine(Evaluation, "Safety", "es.tsv"));

        Assert.True(report.RedFlags >= 10);
        Assert.Equal(report.RedFlags, report.Flagged);
        Assert.Equal(0, report.FalseUrgent);
    }

    private SafetyReport Run(params string[] files) => RunWriter(null, printMisses: true, files);

    // Only the rows of one writer (the tuning files' writer column) when one is named; a held-out file's misses are
    // never printed.
    private SafetyReport RunWriter(string? writer, bool printMisses, params string[] files)
    {
        var rows = new List<SafetySample>();
        foreach (var file in files)
        {
            var (parsed, problems) = SafetyEvaluation.Parse(File.ReadAllText(file));
            Assert.Empty(problems);
            rows.AddRange(parsed.Where(row => writer is null || row.Writer == writer));
        }

        var report = SafetyEvaluation.Run(rows);
        output.WriteLine($"recall {report.Recall:P1} ({report.Flagged}/{report.RedFlags}), false urgent {report.FalseUrgentRate:P2} ({report.FalseUrgent}/{report.NonUrgent})");
        foreach (var miss in printMisses ? report.Misses : [])
        {
            output.WriteLine($"{miss.Sample.Label} -> {miss.Assessment.Category ?? "none"} ({miss.Assessment.Layer}): {miss.Sample.Message}");
        }

        return report;
    }
}
