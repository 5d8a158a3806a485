using System.Text.Json;
using GutSkin.EndToEnd.Tests.Support;

namespace GutSkin.EndToEnd.Tests.WebChat;

/// <summary>axe-core over the page with a conversation on it.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class WebChatAccessibilityTests(EndToEndFixture fixture)
{
    /// <summary>On a phone viewport, where most visitors are; axe's rules do not depend on the width.</summary>
    [Fact]
    public async Task WebChatPage_WithAnAnswerShown_HasNoSeriousOrCriticalAxeViolations()
    {
        // Arrange
        var page = await fixture.NewPageAsync(phone: true);
        var chat = new WebChatPage(page);
        await chat.OpenAsync(fixture.Bot.BaseAddress);
        await chat.WaitForBotAsync("not medical advice");
        await chat.SayAsync("can probiotics help eczema", "From:");
        await page.AddScriptTagAsync(new() { Content = await File.ReadAllTextAsync(RepositoryPaths.NodeModule(Path.Combine("axe-core", "axe.min.js"))) });

        // Act
        var json = await page.EvaluateAsync<string>(
            "async () => JSON.stringify((await axe.run(document)).violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3) })))");

        // Assert
        var violations = JsonSerializer.Deserialize<List<AxeViolation>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var serious = violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, "axe found: " + string.Join("; ", serious.Select(v => $"{v.Impact} {v.Id} ({v.Help}) at {string.Join(", ", v.Nodes)}")));
        await page.Context.CloseAsync();
    }

    private sealed record AxeViolation(string Id, string? Impact, string Help, List<string> Nodes);
}
