namespace GutSkin.Bot.Security;

/// <summary>The admin HTTP API, bound from the "Admin" configuration section. Off while no key is set.</summary>
internal sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>Shortest key accepted: long enough that it cannot be guessed within the rate limit.</summary>
    public const int MinKeyLength = 24;

    /// <summary>The value callers send in the <c>X-Admin-Key</c> header (environment variable <c>Admin__ApiKey</c>).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Whether the admin endpoints answer at all.</summary>
    public bool Enabled => !string.IsNullOrEmpty(ApiKey);
}
