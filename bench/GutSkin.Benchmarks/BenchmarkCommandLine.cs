using System.Globalization;
using BenchmarkDotNet.Running;
using GutSkin.Benchmarks.Latency;
using GutSkin.Benchmarks.Loading;
using GutSkin.Benchmarks.Synthetic;

namespace GutSkin.Benchmarks;

/// <summary>
/// Chooses the mode: <c>--latency</c> (single-call percentiles), <c>--embedding-tail [ROUNDS]</c> (a short question's
/// single model runs under each session setting), <c>--screen-batch [ROUNDS]</c> (the safety screen's pieces one run
/// each or batched), <c>--load [SECTIONS]</c> (first build and cached
/// reload with the semantic index, and resident memory), <c>--generate DIR [SECTIONS]</c> (write the synthetic folder
/// somewhere it can be validated), or anything else to BenchmarkDotNet.
/// </summary>
internal static class BenchmarkCommandLine
{
    /// <summary>Runs the mode named by <paramref name="args"/>; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        switch (args)
        {
            case ["--latency"]:
                return LatencyRun.Run(Console.Out);
            case ["--embedding-tail"]:
                return EmbeddingTailRun.Run(Console.Out, EmbeddingTailRun.DefaultRounds);
            case ["--embedding-tail", var count] when int.TryParse(count, CultureInfo.InvariantCulture, out var rounds) && rounds > 0:
                return EmbeddingTailRun.Run(Console.Out, rounds);
            case ["--screen-batch"]:
                return ScreenBatchRun.Run(Console.Out, ScreenBatchRun.DefaultRounds);
            case ["--screen-batch", var count] when int.TryParse(count, CultureInfo.InvariantCulture, out var rounds) && rounds > 0:
                return ScreenBatchRun.Run(Console.Out, rounds);
            case ["--load"]:
                return LoadRun.Run(Console.Out, SyntheticKnowledgeFolder.DefaultSections);
            case ["--load", var count] when int.TryParse(count, CultureInfo.InvariantCulture, out var sections) && sections > 0:
                return LoadRun.Run(Console.Out, sections);
            case ["--generate", var directory]:
                return Generate(directory, SyntheticKnowledgeFolder.DefaultSections);
            case ["--generate", var directory, var count] when int.TryParse(count, CultureInfo.InvariantCulture, out var sections) && sections > 0:
                return Generate(directory, sections);
            case ["--generate", ..]:
                Console.Error.WriteLine("usage: --generate DIR [SECTIONS]   (SECTIONS a positive whole number, default 10000)");
                return 2;

            default:
                var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkCommandLine).Assembly).Run(args, BenchmarkConfig.Create());
                return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
        }
    }

    private static int Generate(string directory, int sections)
    {
        SyntheticKnowledgeFolder.Write(directory, sections, KnowledgeSets.ArticleDirectory);
        Console.WriteLine(FormattableString.Invariant($"wrote {sections} sections to {Path.GetFullPath(directory)}"));
        return 0;
    }
}
