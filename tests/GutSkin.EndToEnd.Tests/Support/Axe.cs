using System.Text.Json;
using Microsoft.Playwright;

namespace GutSkin.EndToEnd.Tests.Support;

/// <summary>axe-core (npm) run in a page or frame. Its source is evaluated over the DevTools protocol rather than
/// added as a script tag: the bot's Content-Security-Policy rightly blocks inline scripts.</summary>
internal static class Axe
{
    private static readonly Lazy<string> Source = new(() => File.ReadAllText(RepositoryPaths.NodeModule(Path.Combine("axe-core", "axe.min.js"))));

    /// <summary>The serious and critical violations in <paramref name="frame"/>, one readable line each.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IFrame frame)
    {
        await frame.EvaluateAsync(Source.Value);
        var json = await frame.EvaluateAsync<string>(
            "async () => JSON.stringify((await axe.run(document)).violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3) })))");
        var violations = JsonSerializer.Deserialize<List<Violation>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        return [.. violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id} ({v.Help}) at {string.Join(", ", v.Nodes)}")];
    }

    private sealed record Violation(string Id, string? Impact, string Help, List<string> Nodes);
}
