using System.Text.RegularExpressions;

namespace GutSkin.Bot.Recognition;

/// <summary>Removes personal data from a question before it is stored for content staff.</summary>
internal static partial class PersonalDataRedactor
{
    /// <summary>The text with emails, phone numbers, long numbers, links and stated names replaced by placeholders.</summary>
    public static string Redact(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        // The recognizers are the costly part of a turn's redaction: an email needs an @ and a phone number digits.
        var redacted = text;
        if (redacted.Contains('@', StringComparison.Ordinal))
        {
            foreach (var email in EmailRecognizer.FindAll(redacted).OrderByDescending(e => e.Length))
            {
                redacted = redacted.Replace(email, "[email]", StringComparison.OrdinalIgnoreCase);
            }

            redacted = EmailPattern().Replace(redacted, "[email]");
        }

        if (redacted.Any(char.IsDigit))
        {
            foreach (var phone in PhoneRecognizer.FindAll(redacted).OrderByDescending(p => p.Length))
            {
                redacted = redacted.Replace(phone, "[phone]", StringComparison.Ordinal);
            }
        }

        redacted = UrlPattern().Replace(redacted, "[link]");
        redacted = LongNumberPattern().Replace(redacted, "[number]");
        redacted = StatedNamePattern().Replace(redacted, "$1 [name]");
        return redacted;
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\b(https?://|www\.)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    // Six or more digits, possibly split by spaces or dashes: card, account, phone or record numbers.
    [GeneratedRegex(@"\+?\d[\d \-]{4,}\d", RegexOptions.CultureInvariant)]
    private static partial Regex LongNumberPattern();

    [GeneratedRegex(@"\b(my name is|my name's|i am called|call me)\s+[\p{L}'\-]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatedNamePattern();
}
