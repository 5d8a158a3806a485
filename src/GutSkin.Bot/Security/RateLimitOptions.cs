namespace GutSkin.Bot.Security;

/// <summary>Request rates, bound from the "RateLimits" configuration section.</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Requests per minute from one client address, across all conversations; more get 429.
    /// Generous (100 a second) because Teams and Direct Line post every user's messages from a few Microsoft
    /// addresses: it stops a flood, while the per-conversation limit is the one that paces a person.</summary>
    public int PerClientPerMinute { get; set; } = 6000;

    /// <summary>Messages per minute in one conversation; more get a polite "please wait" reply instead of an answer.</summary>
    public int PerConversationPerMinute { get; set; } = 30;
}
