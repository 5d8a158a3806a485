using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Perfolizer.Mathematics.OutlierDetection;

namespace GutSkin.Benchmarks.Columns;

/// <summary>
/// One call per iteration (no unrolling, no batching), a few hundred iterations, every outlier kept and the process on
/// one core: the iterations are single calls, so the percentile columns are percentiles of single calls, tail included.
/// </summary>
/// <remarks>Public because BenchmarkDotNet creates it from <c>[Config]</c>.</remarks>
public sealed class SingleCallConfig : ManualConfig
{
    /// <summary>How many single calls each benchmark times.</summary>
    public const int Calls = 300;

    /// <summary>The first core only: the model runs one thread per inference, and the target is stated for one core.</summary>
    private static readonly IntPtr FirstCore = 1;

    /// <summary>The job and the columns.</summary>
    public SingleCallConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(20)
            .WithIterationCount(Calls)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithOutlierMode(OutlierMode.DontRemove)
            .WithAffinity(FirstCore)
            .WithId("SingleCall"));
        AddColumn(StatisticColumn.Min, StatisticColumn.P50, StatisticColumn.P95, new PercentileColumn(99), StatisticColumn.Max);
    }
}
