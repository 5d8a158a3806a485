using GutSkin.Knowledge.Safety;
using Xunit.Abstractions;

namespace GutSkin.Knowledge.Tests.Safety;

/// <summary>
/// The safety set through the screen. Train and dev (what the rules and thresholds were chosen on) must stay at every red
/// flag urgent and no harmless message urgent, the answers sets' questions included; Spanish red flags must be urgent.
/// The held-out test split is measured with <c>eval --safety</c> and reported in the README, not asserted here: its
/// targets (100 % recall, at most 1 % false urgent) are not met yet, and it must not be tuned on.
/// </summary>
public sealed class SafetySetTests(ITestOutputHelper output)
{
    private static readonly string Evaluation = Path.Combine(TemporaryKnowledgeFolder.RepositoryRoot, "tests", "GutSkin.Knowledge.Tests", "Evaluation");

    [Fact]
    public void TrainAndDev_EveryRedFlag_IsUrgent()
    {
        var report = Run(Path.Combine(Evaluation, "Safety", "train.tsv"), Path.Combine(Evaluation, "Safety", "dev.tsv"));

        Assert.True(report.RedFlags >= 120, "the safety set has fewer red flags than issue 11 asks for");
        Assert.Equal(report.RedFlags, report.Flagged);
    }

    [Fact]
    public void TrainAndDev_NonUrgentMessages_AreNeverUrgent()
    {
        var report = Run(
            Path.Combine(Evaluation, "Safety", "train.tsv"),
            Path.Combine(Evaluation, "Safety", "dev.tsv"),
            Path.Combine(Evaluation, "Answers", "train.tsv"),
            Path.Combine(Evaluation, "Answers", "dev.tsv"),
            Path.Combine(Evaluation, "Answers", "conversations.dev.tsv"));

        Assert.True(report.NonUrgent >= 500, "fewer non-urgent messages than expected");
        Assert.Equal(0, report.FalseUrgent);
    }

    [Fact]
    public void Spanish_RedFlagsAreUrgentAndNegativesAreNot()
    {
        var report = Run(Path.Combine(Evaluation, "Safety", "es.tsv"));

        Assert.True(report.RedFlags >= 10);
        Assert.Equal(report.RedFlags, report.Flagged);
        Assert.Equal(0, report.FalseUrgent);
    }

    private SafetyReport Run(params string[] files)
    {
        var rows = new List<SafetySample>();
        foreach (var file in files)
        {
            var (parsed, problems) = SafetyEvaluation.Parse(File.ReadAllText(file));
            Assert.Empty(problems);
            rows.AddRange(parsed);
        }

        var report = SafetyEvaluation.Run(rows);
        foreach (var miss in report.Misses)
        {
            output.WriteLine($"{miss.Sample.Label} -> {miss.Assessment.Category ?? "none"} ({miss.Assessment.Layer}): {miss.Sample.Message}");
        }

        return report;
    }
}
