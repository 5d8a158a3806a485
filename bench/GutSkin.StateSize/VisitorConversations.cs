using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GutSkin.StateSize;

/// <summary>
/// Visitors' conversations over HTTP, as Web Chat sends them: the page's conversationUpdate (the welcome), then a mix of
/// questions with a follow-up, an offer declined, and a trial signup left half-way (a name given, no email yet).
/// </summary>
internal static class VisitorConversations
{
    private static readonly string[][] Scripts =
    [
        ["Is eczema linked to gut health?", "what causes it"],
        ["Can probiotics help psoriasis?", "does diet matter for that?", "thanks"],
        ["hello", "What foods improve gut health?"],
        ["My skin flares up when I'm stressed, is that related to my gut?", "what about eczema?", "no thanks"],
        ["I'd like the free trial", "Jane Doe"],
    ];

    /// <summary>Runs <paramref name="count"/> conversations, <paramref name="parallel"/> at a time; returns the turns sent.</summary>
    public static async Task<int> RunAsync(Uri baseAddress, int count, int parallel, string runId)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var turns = 0;
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, cancellationToken) =>
        {
            var conversation = $"{runId}-{i.ToString(CultureInfo.InvariantCulture)}";
            var user = $"user-{conversation}";
            await PostAsync(http, Activity("conversationUpdate", conversation, user, null), cancellationToken);
            foreach (var text in Scripts[i % Scripts.Length])
            {
                await PostAsync(http, Activity("message", conversation, user, text), cancellationToken);
                Interlocked.Increment(ref turns);
            }
        });
        return turns;
    }

    private static async Task PostAsync(HttpClient http, string json, CancellationToken cancellationToken)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("api/messages", UriKind.Relative), content, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private static string Activity(string type, string conversation, string user, string? text) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "webchat",
        ["serviceUrl"] = "http://localhost",
        ["deliveryMode"] = "expectReplies",
        ["locale"] = "en-GB",
        ["from"] = new { id = user, name = "Visitor" },
        ["recipient"] = new { id = "bot", name = "GutSkin" },
        ["conversation"] = new { id = conversation },
        ["membersAdded"] = type == "conversationUpdate" ? new[] { new { id = user } } : null,
        ["text"] = text,
    });
}
