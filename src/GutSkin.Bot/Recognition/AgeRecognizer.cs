using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace GutSkin.Bot.Recognition;

/// <summary>Reads an age from "I'm 34", "thirty four", "34 years old" or a date of birth ("born 3 March 1990").</summary>
internal static partial class AgeRecognizer
{
    private const int OldestPlausibleAge = 120;

    /// <summary>The age in whole years on <paramref name="today"/>, or null when the text states none.</summary>
    public static int? Find(string text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Most specific first: "34 years old" is also a number and a duration, and a date of birth contains numbers.
        return FromAge(text) ?? FromDateOfBirth(text, today) ?? FromNumber(text);
    }

    /// <summary>True when the text says the person is younger than the number it contains ("I'm under 18").</summary>
    public static bool SaysUnder(string text) => UnderPattern().IsMatch(text);

    private static int? FromAge(string text)
    {
        foreach (var result in NumberWithUnitRecognizer.RecognizeAge(text, Culture.English))
        {
            if (result.Resolution.TryGetValue("unit", out var unit) && string.Equals(unit?.ToString(), "Year", StringComparison.Ordinal)
                && TryParseYears(result.Resolution, out var years))
            {
                return years;
            }
        }

        return null;
    }

    private static int? FromDateOfBirth(string text, DateOnly today)
    {
        var reference = today.ToDateTime(TimeOnly.MinValue);
        foreach (var result in DateTimeRecognizer.RecognizeDateTime(text, Culture.English, refTime: reference))
        {
            if (!result.Resolution.TryGetValue("values", out var values) || values is not IEnumerable<Dictionary<string, string>> list)
            {
                continue;
            }

            foreach (var value in list)
            {
                // A full date (not "XXXX-03-03") in the past is a date of birth.
                if (value.TryGetValue("type", out var type) && type == "date"
                    && value.TryGetValue("timex", out var timex)
                    && DateOnly.TryParseExact(timex, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born)
                    && born < today)
                {
                    var age = today.Year - born.Year - (today < born.AddYears(today.Year - born.Year) ? 1 : 0);
                    return age is >= 0 and <= OldestPlausibleAge ? age : null;
                }
            }
        }

        return null;
    }

    private static int? FromNumber(string text)
    {
        foreach (var result in NumberRecognizer.RecognizeNumber(text, Culture.English))
        {
            if (TryParseYears(result.Resolution, out var years))
            {
                return years;
            }
        }

        return null;
    }

    private static bool TryParseYears(SortedDictionary<string, object> resolution, out int years)
    {
        years = 0;
        return resolution.TryGetValue("value", out var raw)
            && decimal.TryParse(raw?.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number)
            && number is >= 0 and <= OldestPlausibleAge
            && (years = (int)number) >= 0;
    }

    [GeneratedRegex(@"\b(under|below|younger|less than|not (yet )?(over|18))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnderPattern();
}
