using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GutSkin.EndToEnd.Tests.Support;

/// <summary>One conversation posted straight to <c>/api/messages</c> with <c>expectReplies</c>, so the replies
/// come back in the response body. Each turn names the bot process it goes to, so a conversation can hop between
/// instances as it would behind a load balancer. It speaks <see cref="TextChannel"/>, where the trial signup is asked
/// one question at a time (Web Chat and Teams get one form card instead: <c>WebChatSignupFormTests</c>).</summary>
internal sealed partial class BotConversation(HttpClient http, string userId)
{
    /// <summary>A channel without Adaptive Cards (SMS).</summary>
    public const string TextChannel = "sms";

    public string ConversationId { get; } = "multi-" + Guid.NewGuid().ToString("N");

    public string UserId => userId;

    /// <summary>The buttons (suggested actions) of the last turn's replies, by title, e.g. a "did you mean" choice.</summary>
    public IReadOnlyList<string> LastChoices { get; private set; } = [];

    /// <summary>The user opens the chat: a <c>conversationUpdate</c> adding them.</summary>
    public Task<string> JoinAsync(BotProcess bot)
    {
        var activity = Activity("conversationUpdate");
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = userId });
        return PostAsync(bot, activity);
    }

    /// <summary>Sends a message and returns the texts of the bot's replies as a Markdown renderer shows them (the bot
    /// escapes the visitor's own words), separated by <c>---</c> lines.</summary>
    public Task<string> SayAsync(BotProcess bot, string text)
    {
        var activity = Activity("message");
        activity["text"] = text;
        return PostAsync(bot, activity);
    }

    private JsonObject Activity(string type) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = TextChannel,
        ["serviceUrl"] = "http://localhost",
        ["deliveryMode"] = "expectReplies",
        ["from"] = new JsonObject { ["id"] = userId },
        ["recipient"] = new JsonObject { ["id"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = ConversationId },
    };

    private async Task<string> PostAsync(BotProcess bot, JsonObject activity)
    {
        using var response = await http.PostAsJsonAsync(new Uri(bot.BaseAddress, "/api/messages"), activity);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{bot.BaseAddress} answered {(int)response.StatusCode}: {body}{Environment.NewLine}{bot.Output}");
        }

        var replies = JsonNode.Parse(body)?["activities"]?.AsArray() ?? [];
        LastChoices = [.. replies.SelectMany(reply => reply?["suggestedActions"]?["actions"]?.AsArray() ?? []).Select(action => (string?)action?["title"] ?? string.Empty)];
        return string.Join("\n---\n", replies.Select(reply => MarkdownEscape().Replace((string?)reply?["text"] ?? string.Empty, "$1")));
    }

    [GeneratedRegex(@"\\(\p{P}|\p{S})")]
    private static partial Regex MarkdownEscape();
}
