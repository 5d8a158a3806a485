using System.Text.RegularExpressions;

namespace GutSkin.Bot.Recognition;

/// <summary>Removes the whole of a stated name: "I'm Jane Doe", "my name is Mary Poppins", "this is John from Leeds",
/// "my daughter Emily", "Mrs Patel", "thanks, Oliver". A capitalised word after "I'm" or "this is" is a name unless it
/// is a common word ("I'm Worried", "this is Eczema"); after "my name is" any words are, up to a joining word.</summary>
internal static partial class NameRedactor
{
    private const string Placeholder = "[name]";

    // Capitalised words that follow "I'm", "it's" or "this is" without being names.
    private static readonly HashSet<string> NotNames = new(
        [
            "I", "A", "An", "The", "So", "Not", "Just", "Very", "Really", "Also", "Still", "Now", "Here", "Back", "Sorry",
            "Worried", "Pregnant", "Vegan", "Vegetarian", "Eczema", "Psoriasis", "Rosacea", "Acne", "IBS", "Celiac",
            "Coeliac", "Diabetic", "Allergic", "Lactose", "Gluten", "Life", "Interested", "Curious", "Wondering",
            "Looking", "Trying", "Taking", "Using", "Having", "Getting", "Going", "Struggling", "Suffering", "Asking",
            "Male", "Female", "Ok", "Okay", "OK", "Fine", "Good", "Great", "Well", "Tired", "Confused", "On", "In", "At",
            "With", "About", "Over", "Under", "Almost", "Nearly", "My", "Your", "It", "That", "This", "What", "How",
            "Why", "When", "Where", "Is", "Are", "Can", "Do", "Does", "British", "English", "Irish", "Scottish",
            "Welsh", "American", "Canadian", "Australian", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December", "Christmas", "Easter", "Hi", "Hello", "Hey", "Thanks", "Yes", "No",
        ],
        StringComparer.Ordinal);

    // Words that end a name typed after "my name is", in any case: "my name is mary poppins and I have eczema".
    private static readonly HashSet<string> NameEnds = new(
        ["and", "i", "im", "i'm", "but", "with", "who", "have", "has", "had", "is", "was", "am", "age", "aged", "here", "from", "my", "the", "a", "please", "thanks",
            "back", "on", "at", "now", "if", "when", "about", "to", "asap", "later", "tomorrow", "today", "or", "via"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The text with each stated name replaced by <c>[name]</c>.</summary>
    public static string Redact(string text)
    {
        var redacted = Titled().Replace(text, Placeholder);
        redacted = Introduced().Replace(redacted, match => match.Groups["lead"].Value + NameWords(match.Groups["rest"].Value));
        redacted = SelfIntroduced().Replace(redacted, match => Replace(match, "name"));
        redacted = Relative().Replace(redacted, match => Replace(match, "name"));
        redacted = SignedOff().Replace(redacted, match => Replace(match, "name"));
        return redacted;
    }

    // After "my name is", the first words up to a joining word (at most four) are the name, and "from <Place>" goes too.
    private static string NameWords(string rest)
    {
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var taken = 0;
        while (taken < words.Length && taken < 4 && !NameEnds.Contains(words[taken]))
        {
            taken++;
        }

        if (taken == 0)
        {
            return rest;
        }

        if (taken + 1 < words.Length && string.Equals(words[taken], "from", StringComparison.OrdinalIgnoreCase) && char.IsUpper(words[taken + 1][0]))
        {
            taken += 2;
        }

        return string.Join(' ', [Placeholder, .. words.Skip(taken)]);
    }

    private static string Replace(Match match, string group)
    {
        var name = match.Groups[group];
        var first = name.Value.Split(' ', 2)[0];
        if (NotNames.Contains(first))
        {
            return match.Value;
        }

        var start = name.Index - match.Index;
        return string.Concat(match.Value.AsSpan(0, start), Placeholder, match.Value.AsSpan(start + name.Length));
    }

    [GeneratedRegex(@"(?i:\b(?:mr|mrs|ms|miss|mx|dr|prof))\.?\s+\p{Lu}[\p{L}\p{M}'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’\-]*){0,2}", RegexOptions.CultureInvariant)]
    private static partial Regex Titled();

    [GeneratedRegex(@"(?<lead>(?i:\b(?:my name is|my name's|my name’s|my names|name is|name's|name:|i am called|i'm called|im called|they call me|call me))\s*)(?<rest>[\p{L}\p{M}'’\-]+(?:[ ]+[\p{L}\p{M}'’\-]+){0,5})", RegexOptions.CultureInvariant)]
    private static partial Regex Introduced();

    [GeneratedRegex(@"(?i:\b(?:i'm|i’m|im|i am|this is|it's|it’s|its|it is))\s+(?<name>\p{Lu}[\p{L}\p{M}'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’\-]*){0,3}(?:\s+from\s+\p{Lu}[\p{L}\p{M}'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’\-]*)?)?)", RegexOptions.CultureInvariant)]
    private static partial Regex SelfIntroduced();

    [GeneratedRegex(@"(?i:\b(?:my|our)\s+(?:son|daughter|child|kid|baby|husband|wife|partner|boyfriend|girlfriend|mum|mom|mother|dad|father|brother|sister|friend|grandson|granddaughter|niece|nephew))\s*,?\s+(?<name>\p{Lu}[\p{L}\p{M}'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’\-]*)?)", RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    [GeneratedRegex(@"(?:(?i:\b(?:thanks|thank you|thx|cheers|regards|kind regards|best wishes|best|many thanks|love|sincerely|ta))\s*[,!.]*\s+|(?:^|\s)[-–—]+\s*)(?<name>\p{Lu}[\p{L}\p{M}'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’\-]*\.?){0,2})\s*[.!]*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SignedOff();
}
