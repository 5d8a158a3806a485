using MimeKit;

namespace GutSkin.Bot.Email;

/// <summary>
/// The confirmation e-mail of the trial signup (double opt-in), bound from the "Email" section. Off while
/// <see cref="SmtpHost"/> is empty (local use): leads are then stored as soon as the visitor confirms the summary.
/// </summary>
internal sealed class EmailOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Email";

    /// <summary>The shortest link-signing key accepted: 32 characters, 256 bits of a random key written in base64.</summary>
    public const int MinSigningKeyLength = 32;

    /// <summary>The longest link lifetime accepted: 30 days.</summary>
    public const int MaxLinkLifetimeHours = 720;

    /// <summary>The SMTP server; setting it switches the confirmation step on.</summary>
    public string? SmtpHost { get; set; }

    /// <summary>The SMTP port: 587 for STARTTLS (the default), 465 for TLS on connect.</summary>
    public int SmtpPort { get; set; } = 587;

    /// <summary>How the connection is secured.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>The SMTP user name, or empty when the server needs no login.</summary>
    public string? UserName { get; set; }

    /// <summary>The SMTP password (a secret: from Key Vault or the environment, never from a file in the repository).</summary>
    public string? Password { get; set; }

    /// <summary>The sender with its display name, the brand name the visitor sees: <c>Life Greens &lt;hello@brand.example&gt;</c>.</summary>
    public string? From { get; set; }

    /// <summary>The bot's public address, which the link in the e-mail points at: <c>https://bot.brand.example</c>.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The HMAC-SHA256 key that signs the links, 32 characters or more, the same on every instance.</summary>
    public string? LinkSigningKey { get; set; }

    /// <summary>How long a link works, in hours (default 48).</summary>
    public int LinkLifetimeHours { get; set; } = 48;

    /// <summary>Whether the confirmation step is on.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(SmtpHost);

    /// <summary>The sender, once validated.</summary>
    public MailboxAddress Sender => MailboxAddress.Parse(From ?? string.Empty);

    /// <summary>The link's lifetime.</summary>
    public TimeSpan LinkLifetime => TimeSpan.FromHours(LinkLifetimeHours);

    /// <summary>An absolute link to a page of the bot, with a token, for an e-mail.</summary>
    /// <param name="path">The page's path.</param>
    /// <param name="token">The token.</param>
    /// <returns>The link.</returns>
    public Uri PublicLink(string path, string token) => new($"{PublicBaseUrl!.TrimEnd('/')}{path}?token={Uri.EscapeDataString(token)}");
}
