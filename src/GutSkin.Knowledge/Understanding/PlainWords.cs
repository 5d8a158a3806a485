using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Understanding;

/// <summary>A message's words for comparing wordings: case, punctuation and spacing aside.</summary>
internal static partial class PlainWords
{
    /// <summary>The words of <paramref name="text"/>, lower case, apostrophes dropped, one space between them.</summary>
    public static string Of(string text) =>
        NonWord().Replace(text.ToLowerInvariant().Replace("'", string.Empty, StringComparison.Ordinal).Replace("\u2019", string.Empty, StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
