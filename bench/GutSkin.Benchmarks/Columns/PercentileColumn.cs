using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace GutSkin.Benchmarks.Columns;

/// <summary>
/// A percentile of the measured iterations, in milliseconds. With one call per iteration (<see cref="SingleCallConfig"/>)
/// it is a percentile of single calls; BenchmarkDotNet's own P0-P100 columns stop at P100 without a P99.
/// </summary>
/// <param name="percentile">The percentile, 1-99.</param>
internal sealed class PercentileColumn(int percentile) : IColumn
{
    /// <inheritdoc />
    public string Id => $"{nameof(PercentileColumn)}.P{percentile}";

    /// <inheritdoc />
    public string ColumnName => $"P{percentile} ms";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Statistics;

    /// <inheritdoc />
    public int PriorityInCategory => percentile;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => $"{percentile}th percentile of the measured iterations, in milliseconds, outliers kept";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        summary[benchmarkCase]?.ResultStatistics is { } statistics
            ? (statistics.Percentiles.Percentile(percentile) / 1_000_000).ToString("N3", CultureInfo.InvariantCulture)
            : "-";

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
