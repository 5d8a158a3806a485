using GutSkin.Testing;

namespace GutSkin.Bot.Tests.Support;

/// <summary>The settings that switch e-mail on against the tests' SMTP server on loopback.</summary>
internal static class EmailSettings
{
    /// <summary>The settings for <paramref name="smtp"/>, with <paramref name="overrides"/> replacing any of the same key.</summary>
    public static (string Key, string Value)[] For(SmtpTestServer smtp, params (string Key, string Value)[] overrides)
    {
        (string Key, string Value)[] settings =
        [
            ("Email:SmtpHost", "127.0.0.1"),
            ("Email:SmtpPort", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Email:Security", "None"),
            ("Email:From", "Life Greens <hello@brand.example>"),
            ("Email:PublicBaseUrl", "http://localhost"),
            ("Email:LinkSigningKey", "test-link-signing-key-0123456789abcdef"),
        ];
        return [.. settings.Where(s => !overrides.Any(o => o.Key == s.Key)), .. overrides];
    }
}
