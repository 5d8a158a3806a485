namespace GutSkin.Bot.Security;

/// <summary>Limits on what <c>POST /api/messages</c> accepts, bound from the "Requests" configuration section.</summary>
internal sealed class RequestLimitOptions
{
    public const string Section = "Requests";

    /// <summary>The largest activity body accepted, in bytes; larger bodies get 413. A chat message is a few KB.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;
}
