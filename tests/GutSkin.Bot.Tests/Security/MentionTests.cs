using System.Net;
using GutSkin.Bot.Tests.Support;
using Newtonsoft.Json.Linq;

namespace GutSkin.Bot.Tests.Security;

/// <summary>Teams mentions: the bot's own is taken out of the question; a malformed one is ignored, not a failed turn.</summary>
public sealed class MentionTests : IDisposable
{
    private readonly BotHost host = new();

    [Fact]
    public async Task Message_WithBotMention_IsAnsweredWithoutTheMention()
    {
        var activity = Teams("<at>GutSkin</at> Is eczema linked to gut health?", new JObject
        {
            ["type"] = "mention",
            ["text"] = "<at>GutSkin</at>",
            ["mentioned"] = new JObject { ["id"] = "bot", ["name"] = "GutSkin" },
        });

        var replies = await RepliesAsync(activity);

        Assert.Contains(replies, r => r.Contains("From: What is the Link Between Gut Health and Eczema?", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"type\": \"mention\"}")]
    [InlineData("{\"type\": \"mention\", \"text\": \"x\"}")]
    [InlineData("{\"type\": \"mention\", \"mentioned\": 5, \"text\": {}}")]
    [InlineData("{\"type\": \"mention\", \"mentioned\": {\"id\": \"bot\"}, \"text\": \"(unclosed[regex\"}")]
    public async Task Message_WithMalformedMention_IsStillAnswered(string mention)
    {
        var replies = await RepliesAsync(Teams("Is eczema linked to gut health?", JObject.Parse(mention)));

        Assert.Contains(replies, r => r.Contains("From: What is the Link Between Gut Health and Eczema?", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    public void Dispose() => host.Dispose();

    private static JObject Teams(string text, JObject mention)
    {
        var activity = BotHost.Message(text);
        activity["channelId"] = "msteams";
        activity["entities"] = new JArray(mention);
        return activity;
    }

    private async Task<List<string>> RepliesAsync(JObject activity)
    {
        using var response = await host.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. JObject.Parse(await response.Content.ReadAsStringAsync())["activities"]!.Select(a => (string?)a["text"] ?? string.Empty)];
    }
}
