using GutSkin.Knowledge.Safety;
using Xunit.Abstractions;

namespace GutSkin.Knowledge.Tests.Safety;

/// <summary>
/// The safety set through the screen. Train and dev (what the rules, exemplars and the semantic model were fitted and
/// chosen on) stay at the measured recall and false-urgent rate, the answers sets' questions included; Spanish red flags
/// must be urgent. The held-out set is asserted on its figures only. The floors are the figures measured on 2026-11-30 less
/// a small margin, so a regression fails.
/// </summary>
public sealed class SafetySetTests(ITestOutputHelper output)
{
    private static readonly string Evaluation = Path.Combine(Repository.Root, "tests", "GutSkin.Knowledge.Tests", "Evaluation");

    [Fact]
    public void TrainAndDev_RedFlags_AreUrgentAtTheMeasuredRecall()
    {
        var report = Run(Path.Combine(Evaluation, "Safety", "train.tsv"), Path.Combine(Evaluation, "Safety", "dev.tsv"));

        Assert.True(report.RedFlags >= 120, "the safety set has fewer red flags than issue 11 asks for");
        Assert.True(report.Recall >= 0.96, $"red-flag recall {report.Recall:P1} ({report.Flagged}/{report.RedFlags})");
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
        Assert.True(report.FalseUrgentRate <= 0.01, $"false urgent {report.FalseUrgentRate:P1} ({report.FalseUrgent}/{report.NonUrgent})");
    }

    [Fact]
    public void Holdout_RedFlagsAndFalseUrgent_StayAtTheMeasuredLevel()
    {
        // Measured once on 2026-11-30 (141/162 red flags, 9/122 false urgent); the targets (100 %, at most 1 %) are not met.
        // Only the figures are shown: the held-out rows must not be read by whoever tunes the screen.
        var report = Run(showMisses: false, Path.Combine(Evaluation, "Safety", "holdout.tsv"));

        Assert.True(report.RedFlags >= 150, "the held-out set has fewer red flags than expected");
        Assert.True(report.Recall >= 0.85, $"held-out red-flag recall {report.Recall:P1}");
        Assert.True(report.FalseUrgentRate <= 0.085, $"held-out false urgent {report.FalseUrgentRate:P1}");
    }

    [Fact]
    public void Spanish_RedFlagsAreUrgentAndNegativesAreNot()
    {
        var report = Run(Path.Combine(Evaluation, "Safety", "es.tsv"));

        Assert.True(report.RedFlags >= 10);
        Assert.Equal(report.RedFlags, report.Flagged);
        Assert.Equal(0, report.FalseUrgent);
    }

    private SafetyReport Run(params string[] files) => Run(showMisses: true, files);

    private SafetyReport Run(bool showMisses, params string[] files)
    {
        var rows = new List<SafetySample>();
        foreach (var file in files)
        {
            var (parsed, problems) = SafetyEvaluation.Parse(File.ReadAllText(file));
            Assert.Empty(problems);
            rows.AddRange(parsed);
        }

        var report = SafetyEvaluation.Run(rows);
        foreach (var miss in showMisses ? report.Misses : [])
        {
            output.WriteLine($"{miss.Sample.Label} -> {miss.Assessment.Category ?? "none"} ({miss.Assessment.Layer}): {miss.Sample.Message}");
        }

        return report;
    }
}
