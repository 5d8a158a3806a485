using System.Diagnostics;
using GutSkin.Knowledge.Safety;
using GutSkin.Knowledge.Semantic;
using Microsoft.ML.OnnxRuntime;

namespace GutSkin.Benchmarks.Latency;

/// <summary>
/// <c>--screen-batch [ROUNDS]</c>: whether the safety screen's pieces of a message (the message and its clauses) cost
/// less in one model run padded to the longest piece, with an attention mask, than in one run each (what the screen
/// does). Both ways run in interleaved blocks in one process, so that the machine's load falls on both alike; per
/// message the wall time and the thread's CPU time, and the largest difference between a piece's two vectors.
/// </summary>
internal static class ScreenBatchRun
{
    /// <summary>The 44-word message of <c>EmbeddingBenchmarks.AskLong</c>.</summary>
    private const string LongMessage = "I've had psoriasis on my elbows and knees for about seven years and lately it flares up a lot more when I'm stressed at work, my mum keeps telling me it's my diet, is there actually a link between what I eat and my skin?";

    private const int WarmUpCalls = 30;
    private const int BlockCalls = 40;

    /// <summary>The default number of rounds (each round: one block of each way).</summary>
    public const int DefaultRounds = 6;

    private static readonly (string Name, Func<OnnxSentenceEncoder, string[], float[][]> Embed)[] Ways =
    [
        ("one run a piece (shipped)", (encoder, pieces) => [.. pieces.Select(encoder.Encode)]),
        ("one batched run", (encoder, pieces) =>
        {
            var vectors = new float[pieces.Length][];
            encoder.Encode(pieces, vectors);
            return vectors;
        }),
    ];

    /// <summary>Runs <paramref name="rounds"/> rounds on the long message and on the messages of the safety dev file; prints the figures.</summary>
    public static int Run(TextWriter output, int rounds)
    {
        var devFile = Path.Combine(Path.GetDirectoryName(KnowledgeSets.ArticleDirectory)!, "tests", "GutSkin.Knowledge.Tests", "Evaluation", "Safety", "dev.tsv");
        string[][] dev = [.. File.ReadLines(devFile).Skip(1).Select(line => SemanticScreen.Pieces(line.Split('\t')[0]).ToArray()).Where(p => p.Length > 1)];
        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        using var encoder = OnnxSentenceEncoder.Load(SemanticModel.MiniLM, options);
        output.WriteLine(FormattableString.Invariant(
            $"{rounds} rounds x {BlockCalls} messages per way, interleaved; ms per message (min / p50 / p90 / p99 / max)"));
        output.WriteLine("messages | way | wall | thread CPU");
        Measure(output, "the 44-word message", [SemanticScreen.Pieces(LongMessage).ToArray()], encoder, rounds);
        Measure(output, FormattableString.Invariant($"Safety/dev.tsv, the {dev.Length} messages with clauses, in turn"), dev, encoder, rounds);

        var largest = dev.SelectMany(pieces => Ways[0].Embed(encoder, pieces).Zip(Ways[1].Embed(encoder, pieces)))
            .Max(pair => pair.First.Zip(pair.Second, (a, b) => Math.Abs(a - b)).Max());
        output.WriteLine(FormattableString.Invariant($"largest difference between a piece's vectors, over {dev.Sum(p => p.Length)} pieces: {largest:E2}"));
        return 0;
    }

    private static void Measure(TextWriter output, string name, string[][] messages, OnnxSentenceEncoder encoder, int rounds)
    {
        var samples = Ways.Select(_ => new List<(double Wall, double Cpu)>()).ToArray();
        foreach (var (_, embed) in Ways)
        {
            for (var i = 0; i < WarmUpCalls; i++)
            {
                embed(encoder, messages[i % messages.Length]);
            }
        }

        for (var round = 0; round < rounds; round++)
        {
            for (var w = 0; w < Ways.Length; w++)
            {
                for (var i = 0; i < BlockCalls; i++)
                {
                    // Both ways read the same messages in the same order.
                    var pieces = messages[((round * BlockCalls) + i) % messages.Length];
                    var cpu = ThreadCpuClock.Nanoseconds();
                    var start = Stopwatch.GetTimestamp();
                    Ways[w].Embed(encoder, pieces);
                    var wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    samples[w].Add((wall, (ThreadCpuClock.Nanoseconds() - cpu) / 1e6));
                }
            }
        }

        for (var w = 0; w < Ways.Length; w++)
        {
            output.WriteLine(FormattableString.Invariant(
                $"{name} | {Ways[w].Name} | {EmbeddingTailRun.Describe(samples[w].Select(s => s.Wall))} | {EmbeddingTailRun.Describe(samples[w].Select(s => s.Cpu))}"));
        }
    }
}
