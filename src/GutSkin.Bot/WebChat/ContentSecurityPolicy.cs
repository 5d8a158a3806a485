namespace GutSkin.Bot.WebChat;

/// <summary>The Content-Security-Policy of every response: scripts only from the bot's own files (no inline script,
/// no eval), connections only to the bot and its Direct Line service, and framing only by the bot itself and the
/// sites in <see cref="WebChatOptions.AllowedOrigins"/> (the launcher's panel).</summary>
internal static class ContentSecurityPolicy
{
    /// <summary>The header value for these options.</summary>
    public static string For(WebChatOptions options)
    {
        var directLine = options.DirectLineEndpoint;
        var directLineSocket = new UriBuilder(directLine) { Scheme = directLine.Scheme == Uri.UriSchemeHttps ? "wss" : "ws", Path = string.Empty };
        string[] directives =
        [
            "default-src 'self'",
            "script-src 'self'",
            // Web Chat writes its generated styles into <style> elements and style attributes at run time.
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "media-src 'self' data: blob:",
            $"connect-src 'self' {directLine.GetLeftPart(UriPartial.Authority)} {directLineSocket.Uri.GetLeftPart(UriPartial.Authority)}",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
            string.Join(' ', ["frame-ancestors 'self'", .. options.AllowedOrigins]),
        ];
        return string.Join("; ", directives);
    }

    /// <summary>The staff dashboard's policy (<c>/admin</c>): its own scripts and styles only, not even inline styles
    /// (it has no Web Chat), forms posted only to itself, and never framed.</summary>
    public static string ForAdmin() => string.Join("; ",
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]);
}
