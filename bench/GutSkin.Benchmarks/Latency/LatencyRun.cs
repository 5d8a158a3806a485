using System.Diagnostics;
using System.Globalization;
using GutSkin.Knowledge;

namespace GutSkin.Benchmarks.Latency;

/// <summary>
/// <c>--latency</c>: times single <see cref="LiveKnowledge.Ask"/> calls with a Stopwatch and prints their
/// percentiles. BenchmarkDotNet's percentiles are over iteration means, which hide a slow single call.
/// </summary>
internal static class LatencyRun
{
    private const int WarmUpCalls = 2_000;
    private const int MeasuredCalls = 20_000;

    private static readonly Dictionary<string, double> P99TargetMilliseconds = new()
    {
        [KnowledgeSets.Article] = 1,
        [KnowledgeSets.Synthetic] = 5,
    };

    /// <summary>Measures each knowledge set in turn.</summary>
    public static int Run(TextWriter output)
    {
        output.WriteLine(FormattableString.Invariant(
            $"{MeasuredCalls:N0} Ask calls per set after {WarmUpCalls:N0} warm-up calls, cycling through {QuestionMix.Count} questions; times in ms."));
        foreach (var set in KnowledgeSets.All)
        {
            Measure(set, output);
        }

        return 0;
    }

    private static void Measure(string set, TextWriter output)
    {
        var directory = KnowledgeSets.DirectoryOf(set);
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var loading = Stopwatch.StartNew();
        using var knowledge = LiveKnowledge.Load(directory);
        loading.Stop();
        process.Refresh();
        output.WriteLine();
        output.WriteLine(FormattableString.Invariant(
            $"== {set}: {knowledge.Current.Sections.Count:N0} sections, {knowledge.Current.Problems.Count} problems, first (cold) load {loading.Elapsed.TotalMilliseconds:N0} ms wall, {(process.TotalProcessorTime - cpu).TotalMilliseconds:N0} ms CPU ({directory})"));

        var questions = QuestionMix.All;
        for (var i = 0; i < WarmUpCalls; i++)
        {
            knowledge.Ask(questions[i % questions.Count].Text);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var samples = new long[MeasuredCalls];
        var (gen0, gen2, allocated) = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetAllocatedBytesForCurrentThread());
        process.Refresh();
        cpu = process.TotalProcessorTime;
        for (var i = 0; i < MeasuredCalls; i++)
        {
            var question = questions[i % questions.Count].Text;
            var start = Stopwatch.GetTimestamp();
            knowledge.Ask(question);
            samples[i] = Stopwatch.GetTimestamp() - start;
        }

        process.Refresh();
        cpu = process.TotalProcessorTime - cpu;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var sorted = samples.Order().ToArray();
        var p99 = Percentile(sorted, 0.99);
        output.WriteLine(FormattableString.Invariant(
            $"all calls: mean {Milliseconds((long)sorted.Average()):N3}, p50 {Percentile(sorted, 0.5):N3}, p90 {Percentile(sorted, 0.9):N3}, p99 {p99:N3}, p99.9 {Percentile(sorted, 0.999):N3}, max {Milliseconds(sorted[^1]):N3}"));

        // CPU time hardly depends on what else the machine runs, so it shows the cost when wall times are inflated by load.
        output.WriteLine(FormattableString.Invariant(
            $"process CPU {cpu.TotalMilliseconds / MeasuredCalls:N3} ms per call (GC included); {allocated / MeasuredCalls / 1024.0:N1} KB allocated per call; GC gen0 {GC.CollectionCount(0) - gen0}, gen2 {GC.CollectionCount(2) - gen2}"));
        var target = P99TargetMilliseconds[set];
        output.WriteLine(FormattableString.Invariant($"target p99 <= {target} ms: {(p99 <= target ? "met" : "MISSED")} (p99 {p99:N3} ms)"));
        WriteBreakdown(knowledge, samples, output);
    }

    private static void WriteBreakdown(LiveKnowledge knowledge, long[] samples, TextWriter output)
    {
        var questions = QuestionMix.All;
        output.WriteLine(FormattableString.Invariant($"{"kind",-13}{"p50",8}{"p99",8}{"max",8}  outcome  question"));
        for (var q = 0; q < questions.Count; q++)
        {
            var own = samples.Where((_, i) => i % questions.Count == q).Order().ToArray();
            var answer = knowledge.Ask(questions[q].Text);
            var outcome = answer switch
            {
                { Offer: { } offer } => "offer:" + offer.ToString().ToLowerInvariant(),
                { Section: { } section } => section.Id,
                _ => answer.Reason ?? "?",
            };
            var text = questions[q].Text.Length > 60 ? questions[q].Text[..57] + "..." : questions[q].Text;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{questions[q].Kind,-13}{Percentile(own, 0.5),8:N3}{Percentile(own, 0.99),8:N3}{Milliseconds(own[^1]),8:N3}  {outcome}  {text}"));
        }
    }

    // Nearest-rank percentile: the smallest sample with at least that share of samples at or below it.
    private static double Percentile(long[] sorted, double share) =>
        Milliseconds(sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Length) - 1)]);

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
