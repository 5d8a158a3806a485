using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Safety;

/// <summary>The forms of a message the safety layers read: normalised for the phrase rules, split into sentences.</summary>
internal static partial class SafetyText
{
    /// <summary>Lower case, accents and apostrophes removed ("can't" → "cant", "está" → "esta"), white space folded.</summary>
    public static string Normalise(string message)
    {
        var decomposed = message.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var text = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2018' or '\u2019' or '\u02bc' or '`')
            {
                continue;
            }

            text.Append(c);
        }

        return Spaces().Replace(text.ToString().Normalize(NormalizationForm.FormC), " ").Trim();
    }

    /// <summary>
    /// The sentences of <paramref name="text"/>: split after ., !, ? or ; and at line breaks, but not inside numbers
    /// ("38.5"). Empty pieces are dropped.
    /// </summary>
    public static List<string> Sentences(string text) =>
        [.. SentenceEnds().Split(text).Select(s => s.Trim()).Where(s => s.Any(char.IsLetter))];

    /// <summary>How many words <paramref name="text"/> has.</summary>
    public static int WordCount(string text) => Words().Count(text);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<=[.!?;])\s+|[\r\n]+|(?<=[!?;])(?=\S)|(?<=[a-z]\.)(?=[a-z]{2})", RegexOptions.IgnoreCase)]
    private static partial Regex SentenceEnds();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
