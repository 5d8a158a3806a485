namespace GutSkin.Bot.WebChat;

/// <summary>How the page talks to the bot; sent to the page by <c>GET /api/webchat/config</c>.</summary>
/// <param name="Mode"><see cref="Local"/> or <see cref="DirectLine"/>.</param>
internal sealed record WebChatMode(string Mode)
{
    /// <summary>The page POSTs to <c>/api/messages</c> on its own origin and reads the replies from the response.</summary>
    public const string Local = "local";

    /// <summary>The page gets a token from <c>/api/directline/token</c> and talks to the Direct Line service.</summary>
    public const string DirectLine = "directline";

    /// <summary>Local only when the bot has no app id: then <c>/api/messages</c> is unauthenticated anyway, and with
    /// an app id the local route could not work (and must not be offered), whatever else is configured.</summary>
    public static WebChatMode For(string? microsoftAppId) => new(string.IsNullOrWhiteSpace(microsoftAppId) ? Local : DirectLine);
}
