namespace GutSkin.Bot.WebChat;

/// <summary>Decides whether a page may have a Direct Line token: only the bot's own page and the sites in
/// <see cref="WebChatOptions.AllowedOrigins"/>. A browser always sends <c>Origin</c> with a POST and a script cannot
/// change it, so no header, or another site's, means the request does not come from a page allowed to embed the chat.</summary>
internal static class TokenRequestOrigin
{
    /// <summary>Null when the request's origin may have a token, otherwise the reason it may not.</summary>
    public static string? Refusal(HttpRequest request, IReadOnlyCollection<string> allowedOrigins)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return "Tokens are only given to the web chat in a browser: the request has no Origin header.";
        }

        if (allowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase) || IsOwnOrigin(origin, request))
        {
            return null;
        }

        return $"This site is not allowed to start a chat. Add its origin to {WebChatOptions.Section}:AllowedOrigins.";
    }

    // The bot's own page at "/". Host and port only: behind a TLS-terminating proxy the request reaches the bot
    // over http while the browser's origin is https.
    private static bool IsOwnOrigin(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.AbsolutePath == "/"
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
