using System.Diagnostics;
using GutSkin.Knowledge.Semantic;
using Microsoft.ML.OnnxRuntime;

namespace GutSkin.Benchmarks.Latency;

/// <summary>
/// <c>--embedding-tail [ROUNDS]</c>: where a short question's p99 comes from. Single model runs of one question through
/// sessions that differ in one setting each, in interleaved blocks (so that the machine's drift falls on every variant
/// alike); per call the wall time, the thread's CPU time and the difference, the time it waited for a core. Each variant's vector is
/// compared with the shipped session's: a setting that changes a bit is reported and cannot be kept.
/// </summary>
internal static class EmbeddingTailRun
{
    private const string Question = "Can probiotics help eczema?";
    private const int WarmUpCalls = 200;
    private const int BlockCalls = 250;

    /// <summary>The default number of rounds (each round: one block of every variant).</summary>
    public const int DefaultRounds = 8;

    private static readonly (string Name, Action<SessionOptions> Set)[] Variants =
    [
        ("shipped (1 intra-op, 1 inter-op thread)", _ => { }),
        ("memory pattern off", o => o.EnableMemoryPattern = false),
        ("CPU arena off", o => o.EnableCpuMemArena = false),
        ("spinning off", o => o.AddSessionConfigEntry("session.intra_op.allow_spinning", "0")),
        ("graph: extended, not all", o => o.GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_EXTENDED),
        ("denormals as zero", o => o.AddSessionConfigEntry("session.set_denormal_as_zero", "1")),
    ];

    /// <summary>Runs <paramref name="rounds"/> rounds and prints one line per variant.</summary>
    public static int Run(TextWriter output, int rounds)
    {
        var encoders = Variants.Select(v => Load(v.Set)).ToArray();
        try
        {
            var reference = encoders[0].Encode(Question);
            var samples = Variants.Select(_ => new List<(double Wall, double Cpu)>()).ToArray();
            var gen0 = new int[Variants.Length];
            foreach (var encoder in encoders)
            {
                for (var i = 0; i < WarmUpCalls; i++)
                {
                    encoder.Encode(Question);
                }
            }

            for (var round = 0; round < rounds; round++)
            {
                for (var v = 0; v < encoders.Length; v++)
                {
                    var collections = GC.CollectionCount(0);
                    for (var i = 0; i < BlockCalls; i++)
                    {
                        var cpu = ThreadCpuClock.Nanoseconds();
                        var start = Stopwatch.GetTimestamp();
                        encoders[v].Encode(Question);
                        var wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                        samples[v].Add((wall, (ThreadCpuClock.Nanoseconds() - cpu) / 1e6));
                    }

                    gen0[v] += GC.CollectionCount(0) - collections;
                }
            }

            output.WriteLine(FormattableString.Invariant(
                $"\"{Question}\", {rounds} rounds x {BlockCalls} single runs per variant, interleaved; ms (min / p50 / p90 / p99 / max)"));
            output.WriteLine("variant | wall | thread CPU | wall - CPU (waiting for a core) | gen0 GCs | vector");
            for (var v = 0; v < Variants.Length; v++)
            {
                var same = encoders[v].Encode(Question).AsSpan().SequenceEqual(reference);
                output.WriteLine(FormattableString.Invariant(
                    $"{Variants[v].Name} | {Describe(samples[v].Select(s => s.Wall))} | {Describe(samples[v].Select(s => s.Cpu))} | {Describe(samples[v].Select(s => s.Wall - s.Cpu))} | {gen0[v]} | {(same ? "identical" : "DIFFERS")}"));
            }

            if (!ThreadCpuClock.Available)
            {
                output.WriteLine("(no thread CPU clock here: the CPU column is zeros)");
            }
        }
        finally
        {
            foreach (var encoder in encoders)
            {
                encoder.Dispose();
            }
        }

        return 0;
    }

    private static OnnxSentenceEncoder Load(Action<SessionOptions> set)
    {
        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        set(options);
        return OnnxSentenceEncoder.Load(SemanticModel.MiniLM, options);
    }

    /// <summary>min / p50 / p90 / p99 / max of <paramref name="values"/>, in ms to two places.</summary>
    public static string Describe(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return FormattableString.Invariant(
            $"{sorted[0]:N2} / {At(sorted, 0.5):N2} / {At(sorted, 0.9):N2} / {At(sorted, 0.99):N2} / {sorted[^1]:N2}");
    }

    private static double At(double[] sorted, double quantile) => sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(quantile * sorted.Length) - 1)];
}
