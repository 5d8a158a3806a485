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
    /// concurrency, then the storms.</summary>
    public static string Markdown(string path)
    {
        var results = File.ReadLines(path).Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<LevelResult>(line, Json)!).ToList();
        var echo = results.Where(r => r.Store == EchoStore && r.Kind != "storm")
            .GroupBy(r => r.Concurrency).ToDictionary(g => g.Key, g => g.Last().RequestsPerSecond);

        var table = new StringBuilder();
        table.AppendLine("| target | store | mix | concurrency | requests | ok req/s | p50 ms | p99 ms | max ms | errors | % of echo req/s |");
        table.AppendLine("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results.Where(r => r.Kind != "storm"))
        {
            var share = r.Store != EchoStore && echo.TryGetValue(r.Concurrency, out var baseline) && baseline > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{100 * r.RequestsPerSecond / baseline:0}%")
                : "-";
            table.AppendLine(CultureInfo.InvariantCulture, $"| {r.Label} | {r.Store} | {r.Kind} | {r.Concurrency} | {r.Requests} | {r.RequestsPerSecond:0.0} | {r.P50Milliseconds:0.0} | {r.P99Milliseconds:0.0} | {r.MaxMilliseconds:0} | {r.Errors} | {share} |");
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
}
