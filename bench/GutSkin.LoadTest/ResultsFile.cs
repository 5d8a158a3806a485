using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GutSkin.LoadTest;

/// <summary>The results file (one JSON line per run) and the Markdown table made from it.</summary>
internal static class ResultsFile
{
    private const string EchoStore = "none";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task AppendAsync(string path, LevelResult result, CancellationToken cancellationToken) =>
        await File.AppendAllTextAsync(path, JsonSerializer.Serialize(result, Json) + "\n", cancellationToken);

    /// <summary>The levels table with each GutSkin row's throughput as a share of the echo bot's at the same
    /// concurrency (in the same round when the levels ran in alternating rounds), the median of the rounds, then the storms.</summary>
    public static string Markdown(string path)
    {
        var results = File.ReadLines(path).Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<LevelResult>(line, Json)!).ToList();
        var levels = results.Where(r => r.Kind != "storm").ToList();
        var echo = levels.Where(r => r.Store == EchoStore).ToList();

        var table = new StringBuilder();
        table.AppendLine("| target | store | mix | concurrency | round | requests | ok req/s | p50 ms | p99 ms | max ms | errors | % of echo req/s |");
        table.AppendLine("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in levels)
        {
            var round = r.Round > 0 ? r.Round.ToString(CultureInfo.InvariantCulture) : "-";
            table.AppendLine(CultureInfo.InvariantCulture, $"| {r.Label} | {r.Store} | {r.Kind} | {r.Concurrency} | {round} | {r.Requests} | {r.RequestsPerSecond:0.0} | {r.P50Milliseconds:0.0} | {r.P99Milliseconds:0.0} | {r.MaxMilliseconds:0} | {r.Errors} | {Percent(Share(r, echo))} |");
        }

        // The figure to quote: single short levels swing with whatever else the machine runs, so each round pairs the
        // two bots back to back and the median of the rounds' shares is reported, with their range.
        var repeated = levels.Where(r => r.Round > 0).GroupBy(r => (r.Label, r.Store, r.Kind, r.Concurrency)).Where(g => g.Count() > 1).ToList();
        if (repeated.Count > 0)
        {
            table.AppendLine();
            table.AppendLine("| target | store | mix | concurrency | rounds | ok req/s, median (min-max) | p99 ms, median | errors | % of echo req/s, median (min-max) |");
            table.AppendLine("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var group in repeated)
            {
                var rates = group.Select(r => r.RequestsPerSecond).ToList();
                var shares = group.Select(r => Share(r, echo)).OfType<double>().ToList();
                var share = shares.Count == 0 ? "-" : $"{Percent(Median(shares))} ({Percent(shares.Min())}-{Percent(shares.Max())})";
                table.AppendLine(CultureInfo.InvariantCulture,
                    $"| {group.Key.Label} | {group.Key.Store} | {group.Key.Kind} | {group.Key.Concurrency} | {group.Count()} | {Median(rates):0.0} ({rates.Min():0.0}-{rates.Max():0.0}) | {Median(group.Select(r => r.P99Milliseconds).ToList()):0.0} | {group.Sum(r => r.Errors)} | {share} |");
            }
        }

        var storms = results.Where(r => r.Kind == "storm").ToList();
        if (storms.Count > 0)
        {
            table.AppendLine();
            table.AppendLine("| signup storm | store | signups sent | confirmed by bot | leads in store | requests | seconds | ok req/s | p50 ms | p99 ms | errors |");
            table.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var r in storms)
            {
                table.AppendLine(CultureInfo.InvariantCulture, $"| {r.Label} | {r.Store} | {r.Concurrency} | {r.SignupsCompleted} | {(r.LeadsInStore is { } leads ? leads.ToString(CultureInfo.InvariantCulture) : "-")} | {r.Requests} | {r.Seconds:0.0} | {r.RequestsPerSecond:0.0} | {r.P50Milliseconds:0.0} | {r.P99Milliseconds:0.0} | {r.Errors} |");
            }
        }

        return table.ToString();
    }

    // A GutSkin row's share of the echo bot's throughput: against the echo level of the same round, else the median echo level.
    private static double? Share(LevelResult row, IReadOnlyList<LevelResult> echo)
    {
        var baselines = echo.Where(e => e.Concurrency == row.Concurrency).ToList();
        if (row.Store == EchoStore || baselines.Count == 0)
        {
            return null;
        }

        var paired = row.Round > 0 ? baselines.LastOrDefault(e => e.Round == row.Round) : null;
        var baseline = paired?.RequestsPerSecond ?? Median([.. baselines.Select(e => e.RequestsPerSecond)]);
        return baseline > 0 ? 100 * row.RequestsPerSecond / baseline : null;
    }

    private static string Percent(double? share) =>
        share is { } value ? string.Create(CultureInfo.InvariantCulture, $"{value:0.0}%") : "-";

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
