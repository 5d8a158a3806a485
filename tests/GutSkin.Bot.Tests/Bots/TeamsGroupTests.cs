using System.Net;
using GutSkin.Bot.Tests.Support;
using Newtonsoft.Json.Linq;

namespace GutSkin.Bot.Tests.Bots;

/// <summary>Teams channels and group chats: questions are answered, personal details are never collected.</summary>
public sealed class TeamsGroupTests : IDisposable
{
    private readonly BotHost host = new();

    [Theory]
    [InlineData("channel", false)]
    [InlineData("groupChat", true)]
    public async Task TrialRequest_InAGroup_MovesTheSignupToAPrivateChat(string conversationType, bool isGroup)
    {
        var conversation = Guid.NewGuid().ToString("N");

        var replies = await RepliesAsync(InTeams("sign me up for the trial", conversation, conversationType, isGroup));
        var next = await RepliesAsync(InTeams("Jane Smith", conversation, conversationType, isGroup));

        Assert.Contains(replies, r => r.Contains("private message", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, r => r.Contains("What's your name?", StringComparison.Ordinal));
        Assert.DoesNotContain(next, r => r.Contains("email", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ShowMyData_InAChannel_AsksForAPrivateChatAndShowsNothing()
    {
        var conversation = Guid.NewGuid().ToString("N");

        var replies = await RepliesAsync(InTeams("show my data", conversation, "channel", isGroup: true));

        var reply = Assert.Single(replies);
        Assert.Contains("only show personal data in a private chat", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_InAGroup_IsAnswered()
    {
        var replies = await RepliesAsync(InTeams("Is eczema linked to gut health?", Guid.NewGuid().ToString("N"), "channel", isGroup: true));

        Assert.Contains(replies, r => r.Contains("From: What is the Link Between Gut Health and Eczema?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TrialRequest_InPersonalChat_StartsTheSignupWithTheFormCard()
    {
        using var response = await host.PostAsync(InTeams("sign me up for the trial", Guid.NewGuid().ToString("N"), "personal", isGroup: false));

        var attachments = JObject.Parse(await response.Content.ReadAsStringAsync())["activities"]!.SelectMany(a => a["attachments"] ?? new JArray());
        var card = Assert.Single(attachments, a => (string?)a["contentType"] == "application/vnd.microsoft.card.adaptive");
        Assert.Contains(card["content"]!["body"]!, element => (string?)element["id"] == "email");
    }

    public void Dispose() => host.Dispose();

    private static JObject InTeams(string text, string conversationId, string conversationType, bool isGroup)
    {
        var activity = BotHost.Message(text, conversationId, channel: "msteams");
        activity["conversation"] = new JObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["isGroup"] = isGroup };
        return activity;
    }

    private async Task<List<string>> RepliesAsync(JObject activity)
    {
        using var response = await host.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. JObject.Parse(await response.Content.ReadAsStringAsync())["activities"]!.Select(a => (string?)a["text"] ?? string.Empty)];
    }
}
