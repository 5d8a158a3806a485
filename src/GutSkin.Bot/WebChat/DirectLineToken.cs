using System.Text.Json.Serialization;

namespace GutSkin.Bot.WebChat;

/// <summary>A Direct Line token for one conversation, as the page receives it.</summary>
/// <param name="Token">The token; it works only for <paramref name="ConversationId"/>.</param>
/// <param name="ConversationId">The conversation the token opens.</param>
/// <param name="ExpiresIn">Seconds until the token expires.</param>
/// <param name="UserId">The user id bound into the token; the page must use the same one.</param>
/// <param name="Domain">The Direct Line API base the page connects to.</param>
internal sealed record DirectLineToken(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("expiresIn")] int ExpiresIn,
    [property: JsonPropertyName("userId")] string UserId,
    [property: JsonPropertyName("domain")] string Domain);
