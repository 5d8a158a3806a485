using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace GutSkin.Bot.Recognition;

/// <summary>Reads the answer to "how old are you?": an age ("I'm 34", "thirty four", "34 years old"), a date of birth
/// ("born 3 March 1990") or a year of birth ("born in 1990"), and what the words around the number do to it: "almost
/// 18", "18 next year" and "will be 18 soon" are 17; "under 18" is a minor; "over 18" an adult. Anything else is
/// <see cref="AgeReading.Unclear"/>, so that the visitor is asked again rather than let through.</summary>
internal static partial class AgeRecognizer
{
    /// <summary>The age the trial is limited to.</summary>
    public const int AdultAge = 18;

    // Nobody younger types an answer; a lone small number is more likely a slip than an age.
    private const int YoungestPlausibleAge = 5;
    private const int OldestPlausibleAge = 120;

    /// <summary>Whether <paramref name="text"/> clearly says the writer is 18 or over on <paramref name="today"/>.</summary>
    public static AgeReading Read(string text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text) || OtherPerson().IsMatch(text))
        {
            return AgeReading.Unclear;
        }

        if (FromDateOfBirth(text, today) is { } ageFromBirthDate)
        {
            return Classify(ageFromBirthDate);
        }

        if (BirthYear(text, today) is { } year)
        {
            // Born in 2008 is 17 or 18 in 2026, depending on the birthday: only a year that settles it is read.
            return Classify(today.Year - year - 1) == Classify(today.Year - year) ? Classify(today.Year - year) : AgeReading.Unclear;
        }

        if (Born().IsMatch(text))
        {
            return AgeReading.Unclear;
        }

        // "in 3 weeks", "and 2 months" and "in 2027" are not ages: their numbers are not counted.
        var ages = StatedAges(Years().Replace(Durations().Replace(text, " "), " "));
        if (ages.Count != 1)
        {
            return AgeReading.Unclear;
        }

        var age = ages[0];
        if (NotUnder().IsMatch(text))
        {
            return age >= AdultAge ? AgeReading.Adult : AgeReading.Unclear;
        }

        if (Under().IsMatch(text))
        {
            // "Under 18" is a minor; "under 30" could be either.
            return age <= AdultAge ? AgeReading.Minor : AgeReading.Unclear;
        }

        if (AtLeast().IsMatch(text))
        {
            // "Over 18", "turned 18": 18 or more. "Over 16" says nothing about 18.
            return age >= AdultAge ? AgeReading.Adult : AgeReading.Unclear;
        }

        if (NotYet().IsMatch(text) || LaterYear(text, today))
        {
            // "Almost 18", "turning 18 next month", "18 next year": not that age yet, so a year younger.
            return Classify(age - 1);
        }

        return Classify(age);
    }

    private static AgeReading Classify(int age) => age >= AdultAge ? AgeReading.Adult : AgeReading.Minor;

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
                // A full date with its year typed (not "XXXX-03-03", not "18 last month") in the past is a date of birth.
                if (value.TryGetValue("type", out var type) && type == "date"
                    && TypedYear().IsMatch(result.Text)
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

    private static int? BirthYear(string text, DateOnly today)
    {
        var years = Years().Matches(text).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        if (years.Count != 1 || years[0] > today.Year || years[0] < today.Year - OldestPlausibleAge)
        {
            return null;
        }

        // "Born in 1990", or the year alone as the whole answer.
        return Born().IsMatch(text) || OnlyAYear().IsMatch(text) ? years[0] : null;
    }

    // A year after this one names when the age will be reached: "I'll be 18 in 2027".
    private static bool LaterYear(string text, DateOnly today) =>
        Years().Matches(text).Any(m => int.Parse(m.Value, CultureInfo.InvariantCulture) > today.Year);

    private static List<int> StatedAges(string text)
    {
        var numbers = NumberWithUnitRecognizer.RecognizeAge(text, Culture.English)
            .Concat(NumberRecognizer.RecognizeNumber(text, Culture.English));
        var ages = new List<int>();
        foreach (var result in numbers)
        {
            // "17 and a half" is 17: an age counts whole years.
            if (result.Resolution.TryGetValue("value", out var raw)
                && decimal.TryParse(raw?.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                && number is >= YoungestPlausibleAge and < OldestPlausibleAge + 1)
            {
                var years = (int)decimal.Floor(number);
                if (!ages.Contains(years))
                {
                    ages.Add(years);
                }
            }
        }

        return ages;
    }

    [GeneratedRegex(@"\b(my|our|his|her|their)\s+(son|daughter|child|children|kids?|baby|husband|wife|partner|boyfriend|girlfriend|mum|mom|mother|dad|father|brother|sister|friend|boy|girl|grandson|granddaughter|grandchild)\b|\b(he|she|they)('s|’s| is| are)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherPerson();

    [GeneratedRegex(@"\b(born|birthday|birth|dob|d\.o\.b)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Born();

    [GeneratedRegex(@"\b(19|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex Years();

    [GeneratedRegex(@"\b(19|20)\d\d\b|\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex TypedYear();

    [GeneratedRegex(@"^\W*(19|20)\d\d\W*$", RegexOptions.CultureInvariant)]
    private static partial Regex OnlyAYear();

    [GeneratedRegex(@"\b(in\s+)?(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|a few|few|a couple of|couple of)\s+(days?|weeks?|months?)\b|\bin\s+(\d+|a|an|one|two|three|a few|few|a couple of)\s+years?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Durations();

    [GeneratedRegex(@"\bnot\s+(under|below|younger|less|a minor)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotUnder();

    [GeneratedRegex(@"\b(over|above|older than|more than|at least|turned|was)\b|\d\s*\+|\bor\s+(over|older|above|more)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtLeast();

    [GeneratedRegex(@"\b(under|below|younger|less than|not (yet )?(over|18|eighteen)|a minor)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Under();

    [GeneratedRegex(@"\b(almost|nearly|not quite|not yet|nearing|approaching|close to|just about|about to|turning|turn|turns|will be|will turn|i'll be|i’ll be|ill be|going to be|gonna be|soon|next|tomorrow|this (year|month|week|summer|winter|spring|autumn|fall))\b|\bin\s+(\d+|a|an|one|two|three|four|five|six|a few|few|a couple of)\s+(days?|weeks?|months?|years?)\b|\b(on|in|by|come)\s+(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotYet();
}
