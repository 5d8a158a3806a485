using GutSkin.Knowledge.Safety;
using Xunit.Abstractions;

namespace GutSkin.Knowledge.Tests.Safety;

/// <summary>
/// The safety set through the screen. Train and dev (what the rules, exemplars and the semantic model were fitted and
/// chosen on) stay at the measured recall and false-urgent rate, the answers sets' questions included; Spanish red flags
/// must be urgent. The floors are the figures measured on 2026-11-30 less a small margin, so a regression fails. The
/// tuning files hold the rows of several writers (the <c>writer</c> column), the spent held-out sets' included. The fresh
/// held-out set (<c>test3.tsv</c>, measured once by the lead) is asserted at its measured figures less a margin, figures
/// only: its misses are never printed.
/// </summary>
public sealed class SafetySetTests(ITestOutputHelper output)
{
    private static readonly string Evaluation = Path.Combine(Repository.Root, "tests", "GutSkin.Knowledge.Tests", "Evaluation");

    [Fact]
    public void TrainAndDev_RedFlags_AreUrgentAtTheMeasuredRecall()
    {
        var report = Run(Path.Combine(Evaluation, "Safety", "train.tsv"), Path.Combine(Evaluation, "Safety", "dev.tsv"));

        Assert.True(report.RedFlags >= 120, "the safety set has fewer red flags than issue 11 asks for");
        Assert.True(report.Recall >= 0.975, $"red-flag recall {report.Recall:P1} ({report.Flagged}/{report.RedFlags})");
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
        Assert.True(report.FalseUrgentRate <= 0.008, $"false urgent {report.FalseUrgentRate:P1} ({report.FalseUrgent}/{report.NonUrgent})");
    }

    [Fact]
    public void HeldOutTestSplit_StaysAtTheMeasuredFigures()
    {
        var report = Run(printMisses: false, Path.Combine(Evaluation, "Safety", "test3.tsv"));

        // Measured 2026-11-30 10:03 UTC: recall 89.5 % (145/162), false urgent 3.8 % (6/156). Targets 100 % and 1 %: not met.
        Assert.True(report.RedFlags >= 160);
        Assert.True(report.Recall >= 0.88, $"red-flag recall {report.Recall:P1} ({report.Flagged}/{report.RedFlags})");
        Assert.True(report.FalseUrgentRate <= 0.045, $"false urgent {report.FalseUrgentRate:P1} ({report.FalseUrgent}/{report.NonUrgent})");
    }

    [Fact]
    public void Spanish_RedFlagsAreUrgentAndNegativesAreNot()
    {
        var report = Run(Path.Combine(Evaluation, "Safety", "es.tsv"));

        Assert.True(report.RedFlags >= 10);
        Assert.Equal(report.RedFlags, report.Flagged);
        Assert.Equal(0, report.FalseUrgent);
    }

    private SafetyReport Run(params string[] files) => Run(printMisses: true, files);

    private SafetyReport Run(bool printMisses, params string[] files)
    {
        var rows = new List<SafetySample>();
        foreach (var file in files)
        {
            var (parsed, problems) = SafetyEvaluation.Parse(File.ReadAllText(file));
            Assert.Empty(problems);
            rows.AddRange(parsed);
        }

        var report = SafetyEvaluation.Run(rows);
        foreach (var miss in printMisses ? report.Misses : [])
        {
            output.WriteLine($"{miss.Sample.Label} -> {miss.Assessment.Category ?? "none"} ({miss.Assessment.Layer}): {miss.Sample.Message}");
        }

        return report;
    }
}
