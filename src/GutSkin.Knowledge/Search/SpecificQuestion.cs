using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// Questions that ask for a specific (how long, how many, which brand, the name of the study, where to buy): articles
/// that explain a topic rarely state one, so such a question is less likely answered even when the topic matches. "Where
/// do I start" and "where do I find probiotics in food" ask no place.
/// </summary>
internal static partial class SpecificQuestion
{
    /// <summary>True when <paramref name="question"/> asks for a duration, an amount, a name or a place.</summary>
    public static bool IsMatch(string question) => Specific().IsMatch(question);

    [GeneratedRegex(@"\b(how long|how soon|how quickly|how fast|how much|how many|how often|what percentage|what percent|which (brand|one|type|kind|strain|cream|product|probiotic|bacteria)|what brand|name of|where (can|do|should) (i|you|we|they) (buy|get|order|purchase)|where to (buy|get|order|purchase)|what age|at what age|how old|what time|cost|price)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Specific();
}
