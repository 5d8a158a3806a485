using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Safety;

// Two readings of a phrase match that need its whole sentence (round 17): a relative's sign dated by the adult age they
// had it at, or said to run in the family ("Dad had a heart attack at 52", "a stroke in my family"), with nothing in
// the sentence told as now; and words a rule names that explain the sign away (see RedFlagRule.Explained). Read by the
// phrase rules only: the semantic model was fitted on the features of RedFlagContext.Read, which these do not change.
internal static partial class RedFlagContext
{
    /// <summary>True when <paramref name="words"/> match the sentence of <paramref name="text"/> around <paramref name="at"/>.</summary>
    public static bool InSentence(string text, int at, Regex words)
    {
        var (start, end) = Around(text, at, SentenceBreaks());
        return words.IsMatch(text[start..end]);
    }

    /// <summary>True when the sentence around <paramref name="at"/> is a relative's history dated by an adult age or said to run in the family, and nothing in it is now.</summary>
    private static bool RelativesDatedHistory(string text, int at)
    {
        var (start, end) = Around(text, at, SentenceBreaks());
        var sentence = text[start..end];
        return RelativeAtAnAge().IsMatch(sentence) && !Recent().IsMatch(sentence);
    }

    // "Dad had a heart attack at 52", "Mum's heart attack at 52", "my sister took an overdose at 16", "a stroke in my
    // family": "at" an age from 13 up (not a clock time: "at 10", "at 14:10", "at 9am"; not "aged 62", which is an age
    // now) after a relative, or the family itself.
    [GeneratedRegex(@"\b(mum|mums|mom|moms|mother|mothers|dad|dads|father|fathers|grand\w+|nan|nans|gran|grans|uncle|uncles|aunt\w*|sister|sisters|brother|brothers|cousin|cousins)\b[^.!?;]{0,60}\bat (the age of )?(1[3-9]|[2-9]\d|(twenty|thirty|forty|fifty|sixty|seventy|eighty)[- ]?\w*)\b(?![:.+]?\d)(?!\s*(am|pm|oclock|hours?|hrs?|mins?|minutes?|weeks?|wks?|w|days?|months?|degrees|c|f|percent|kg|mg|ml)\b)|\b(in|runs in|run in) (my|our|the) family\b")]
    private static partial Regex RelativeAtAnAge();
}
