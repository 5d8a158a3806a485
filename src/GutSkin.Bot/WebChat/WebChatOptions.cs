namespace GutSkin.Bot.WebChat;

/// <summary>The web chat page's production connection (section "WebChat"): the Direct Line secret that the bot
/// exchanges for short-lived tokens, the only origins allowed to ask for them (and to frame the page), and how often.</summary>
internal sealed class WebChatOptions
{
    public const string Section = "WebChat";

    /// <summary>The Direct Line channel's secret. Stays on the server; empty means the token endpoint answers 404.</summary>
    public string DirectLineSecret { get; set; } = string.Empty;

    /// <summary>The Direct Line service; a regional one (e.g. <c>https://europe.directline.botframework.com/</c>) where the bot lives there.</summary>
    public Uri DirectLineEndpoint { get; set; } = new("https://directline.botframework.com/");

    /// <summary>Origins (scheme, host and port only) whose pages may call the token endpoint cross-origin.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Token requests per minute from one client address; more get 429. A visitor needs one per browser tab
    /// (the page keeps its conversation), so a handful covers an office behind one address.</summary>
    public int TokensPerClientPerMinute { get; set; } = 20;

    /// <summary>True when a secret is configured, so that the page can use Direct Line.</summary>
    public bool HasDirectLine => !string.IsNullOrWhiteSpace(DirectLineSecret);
}
