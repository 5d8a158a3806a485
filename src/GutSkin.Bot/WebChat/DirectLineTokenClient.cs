using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace GutSkin.Bot.WebChat;

/// <summary>Exchanges the Direct Line secret for a conversation token bound to a fresh user id, so the secret
/// never reaches the browser and the bot can welcome the user before their first message.</summary>
internal sealed partial class DirectLineTokenClient(HttpClient http, IOptions<WebChatOptions> options, ILogger<DirectLineTokenClient> logger)
{
    /// <summary>A new token, or null when the Direct Line service refused or could not be reached (logged).</summary>
    public async Task<DirectLineToken?> GenerateAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var apiBase = new Uri(settings.DirectLineEndpoint, "v3/directline");
        var userId = $"dl_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}";
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{apiBase}/tokens/generate")
        {
            Content = JsonContent.Create(new GenerateRequest(new GenerateUser(userId))),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.DirectLineSecret);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(logger, (int)response.StatusCode);
                return null;
            }

            var body = await response.Content.ReadFromJsonAsync<GenerateResponse>(cancellationToken);
            if (body?.Token is not { Length: > 0 } token || body.ConversationId is not { Length: > 0 } conversationId)
            {
                LogRefused(logger, (int)response.StatusCode);
                return null;
            }

            return new DirectLineToken(token, conversationId, body.ExpiresIn, userId, apiBase.ToString());
        }
        catch (HttpRequestException exception)
        {
            LogUnreachable(logger, exception);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The Direct Line service refused a token (HTTP {StatusCode}); check WebChat:DirectLineSecret.")]
    private static partial void LogRefused(ILogger logger, int statusCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "The Direct Line service could not be reached.")]
    private static partial void LogUnreachable(ILogger logger, Exception exception);

    private sealed record GenerateRequest([property: JsonPropertyName("user")] GenerateUser User);

    private sealed record GenerateUser([property: JsonPropertyName("id")] string Id);

    private sealed record GenerateResponse(
        [property: JsonPropertyName("conversationId")] string? ConversationId,
        [property: JsonPropertyName("token")] string? Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
