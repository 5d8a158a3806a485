using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace GutSkin.Benchmarks;

/// <summary>The configuration every benchmark class runs with, on top of its own <c>[SimpleJob]</c>.</summary>
internal static class BenchmarkConfig
{
    // A 10,000-section load runs a dozen times; the default in-process timeout is too tight for that on 2 cores.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>The default config, run in-process, with spread and tail columns.</summary>
    public static IConfig Create() =>
        DefaultConfig.Instance
            // In-process: the default toolchain builds a generated project against src/ with the default
            // output folders, which would collide with other engineers' builds on this shared machine.
            .AddJob(Job.Default.WithToolchain(new InProcessEmitToolchain(Timeout, logOutput: true)).AsMutator())
            .AddColumn(StatisticColumn.Min, StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
}
