using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Sequence;

namespace GutSkin.Bot.Recognition;

/// <summary>Removes personal data from a question before it is stored for content staff: emails (also spelled out,
/// "jane at example dot com"), links, social handles, IP addresses, phone numbers, dates of birth, postal addresses and
/// postcodes, long numbers, and stated names. Ordinary words stay: "I'm 34 and my eczema..." keeps "eczema".</summary>
internal static partial class PersonalDataRedactor
{
    // Emptied when full, as the remembered answers are: the date recognizer costs about a millisecond for a question
    // with a year in it, and visitors send the same questions again and again.
    private const int MaxRemembered = 10_000;

    private static readonly ConcurrentDictionary<string, string> Remembered = new(StringComparer.Ordinal);

    /// <summary>The text with personal data replaced by placeholders such as <c>[email]</c> and <c>[name]</c>.</summary>
    public static string Redact(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        if (Remembered.TryGetValue(text, out var known))
        {
            return known;
        }

        var redacted = RedactNow(text);
        if (Remembered.Count >= MaxRemembered)
        {
            Remembered.Clear();
        }

        Remembered.TryAdd(text, redacted);
        return redacted;
    }

    private static string RedactNow(string text)
    {
        // The recognizers are the costly part of a turn's redaction: each runs only on text that could hold its kind.
        var redacted = text;
        if (redacted.Contains('@', StringComparison.Ordinal))
        {
            redacted = ReplaceAll(redacted, SequenceRecognizer.RecognizeEmail(redacted, Culture.English), "[email]");
            redacted = EmailPattern().Replace(redacted, "[email]");
            redacted = ReplaceAll(redacted, SequenceRecognizer.RecognizeMention(redacted, Culture.English), "[handle]");
        }

        redacted = SpelledEmailPattern().Replace(redacted, "[email]");
        if (redacted.Contains('.', StringComparison.Ordinal))
        {
            redacted = ReplaceAll(redacted, SequenceRecognizer.RecognizeIpAddress(redacted, Culture.English), "[ip]");
            redacted = UrlPattern().Replace(redacted, "[link]");
            redacted = ReplaceAll(redacted, SequenceRecognizer.RecognizeURL(redacted, Culture.English), "[link]");
        }

        var hasDigits = redacted.Any(char.IsDigit);
        if (hasDigits)
        {
            redacted = ReplaceAll(redacted, SequenceRecognizer.RecognizePhoneNumber(redacted, Culture.English), "[phone]");

            // Only a date with a number in it can be redacted (see RedactDatesOfBirth), so none is looked for without.
            redacted = RedactDatesOfBirth(redacted);
        }

        redacted = PostalAddressPatterns.Redact(redacted);
        redacted = LongNumberPattern().Replace(redacted, "[number]");
        return NameRedactor.Redact(redacted);
    }

    // A date with its year typed is a date of birth or close to one ("3 March 1990"); a day without a year is one only
    // after "born" or "birthday". "3 years ago", "since March" and "in 2 weeks" stay: they say how long, not who.
    private static string RedactDatesOfBirth(string text)
    {
        var aboutBirth = BirthWords().IsMatch(text);
        if (!aboutBirth && !YearAnywhere().IsMatch(text))
        {
            // No date the recognizer finds here could pass the filter below ("I'm 34", "2 weeks", "10 billion CFU"), so
            // the costly recognizer is not run; the pattern is TypedYear without its word boundaries, a looser test.
            return NumericDate().Replace(text, "[date]");
        }

        var dates = DateTimeRecognizer.RecognizeDateTime(text, Culture.English)
            .Where(r => r.TypeName is "datetimeV2.date" or "datetimeV2.daterange" or "datetimeV2.datetime")
            .Where(r => TypedYear().IsMatch(r.Text) || (aboutBirth && DayNumber().IsMatch(r.Text)))
            .ToList();
        return NumericDate().Replace(ReplaceAll(text, dates, "[date]"), "[date]");
    }

    private static string ReplaceAll(string text, IEnumerable<ModelResult> results, string placeholder)
    {
        var spans = results.Where(r => r.Start >= 0 && r.End < text.Length && r.End >= r.Start)
            .OrderByDescending(r => r.Start)
            .ToList();
        if (spans.Count == 0)
        {
            return text;
        }

        var redacted = new StringBuilder(text);
        var limit = text.Length;
        foreach (var span in spans)
        {
            // Overlapping results (a URL inside an email's domain) are replaced once.
            if (span.End >= limit)
            {
                continue;
            }

            redacted.Remove(span.Start, span.End - span.Start + 1).Insert(span.Start, placeholder);
            limit = span.Start;
        }

        return redacted.ToString();
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // "jane at example dot com", "jane dot doe at gmail dot com", "j.smith (at) outlook (dot) com", "mike at hotmail.com".
    [GeneratedRegex(@"[\w+\-]+(?:(?:\s*\.\s*|\s+dot\s+|\s*[\(\[]dot[\)\]]\s*)[\w+\-]+)*\s*(?:\bat\b|[\(\[]at[\)\]])\s*[\w\-]+(?:(?:\s*\.\s*|\s+dot\s+|\s*[\(\[]dot[\)\]]\s*)[\w\-]+)*(?:\s*\.\s*|\s+dot\s+|\s*[\(\[]dot[\)\]]\s*)(?:com|net|org|co|uk|ie|au|ca|nz|us|edu|gov|io|me|info|biz|de|fr|es|it|nl)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpelledEmailPattern();

    [GeneratedRegex(@"\b(https?://|www\.)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    // Six or more digits, possibly split by spaces or dashes: card, account, patient or order numbers. Digits only, so
    // "10 billion CFU" is not a number to hide.
    [GeneratedRegex(@"\+?\d[\d \-]{4,}\d", RegexOptions.CultureInvariant)]
    private static partial Regex LongNumberPattern();

    // "03/03/1990", "4/7/88", "12.05.1985", "1990-03-03".
    [GeneratedRegex(@"\b\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})\b|\b(?:19|20)\d\d-\d{1,2}-\d{1,2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b|\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex TypedYear();

    [GeneratedRegex(@"(?:19|20)\d\d|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex YearAnywhere();

    [GeneratedRegex(@"\d", RegexOptions.CultureInvariant)]
    private static partial Regex DayNumber();

    [GeneratedRegex(@"\b(?:born|birthday|birth|dob|d\.o\.b)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BirthWords();
}
