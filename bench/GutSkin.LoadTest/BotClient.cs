using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace GutSkin.LoadTest;

/// <summary>Posts activities to <c>/api/messages</c> with <c>deliveryMode: expectReplies</c>, so that the replies come
/// back in the response body, and checks them against the script.</summary>
internal sealed class BotClient : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient http;
    private readonly Uri endpoint;

    public BotClient(Uri endpoint, TimeSpan timeout)
    {
        this.endpoint = endpoint;
        var handler = new SocketsHttpHandler
        {
            // One connection per concurrent conversation: the client must not queue requests the server could take.
            MaxConnectionsPerServer = 100_000,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            ConnectTimeout = TimeSpan.FromSeconds(30),
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
        };
        http = new HttpClient(handler) { Timeout = timeout };
    }

    /// <summary>Sends one turn of conversation <paramref name="conversationId"/> and checks the replies.</summary>
    public async Task<TurnOutcome> SendAsync(string conversationId, string userId, Turn turn, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(Activity(conversationId, userId, turn.Text));
        content.Headers.ContentType = Json;
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.PostAsync(endpoint, content, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                return new TurnOutcome(elapsed, $"HTTP {(int)response.StatusCode}");
            }

            return new TurnOutcome(elapsed, Check(body, turn));
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException or JsonException)
        {
            return new TurnOutcome(Stopwatch.GetElapsedTime(started).TotalMilliseconds, $"{exception.GetType().Name}: {exception.Message}");
        }
    }

    public void Dispose() => http.Dispose();

    private static string? Check(byte[] body, Turn turn)
    {
        if (body.Length == 0)
        {
            return "empty body (expectReplies not honoured)";
        }

        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("activities", out var activities) || activities.ValueKind != JsonValueKind.Array)
        {
            return "no activities array in the body";
        }

        foreach (var activity in activities.EnumerateArray())
        {
            if (activity.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
                && text.GetString()!.Contains(turn.Expected, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        var first = activities.GetArrayLength() > 0 && activities[0].TryGetProperty("text", out var firstText) ? firstText.GetString() : "(no text)";
        return $"reply to \"{turn.Text ?? "conversationUpdate"}\" lacks \"{turn.Expected}\"; got \"{Shorten(first)}\"";
    }

    private static string Shorten(string? text) =>
        text is null ? string.Empty : text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 80), "…");

    private static byte[] Activity(string conversationId, string userId, string? text)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", text is null ? "conversationUpdate" : "message");
            json.WriteString("id", Guid.NewGuid().ToString("N"));
            json.WriteString("timestamp", DateTimeOffset.UtcNow);
            // A channel without Adaptive Cards, where the scripted signup is asked one question at a time (Web Chat and
            // Teams get the signup as one form card instead).
            json.WriteString("channelId", "sms");
            json.WriteString("serviceUrl", "http://127.0.0.1:9/");
            json.WriteString("locale", "en-GB");
            json.WriteString("deliveryMode", "expectReplies");
            json.WriteStartObject("conversation");
            json.WriteString("id", conversationId);
            json.WriteEndObject();
            json.WriteStartObject("from");
            json.WriteString("id", userId);
            json.WriteString("name", "Load test");
            json.WriteEndObject();
            json.WriteStartObject("recipient");
            json.WriteString("id", "bot");
            json.WriteString("name", "Bot");
            json.WriteEndObject();
            if (text is null)
            {
                json.WriteStartArray("membersAdded");
                json.WriteStartObject();
                json.WriteString("id", userId);
                json.WriteEndObject();
                json.WriteEndArray();
            }
            else
            {
                json.WriteString("text", text);
                json.WriteString("textFormat", "plain");
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
