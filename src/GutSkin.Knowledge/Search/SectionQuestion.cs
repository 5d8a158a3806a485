using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Search;

/// <summary>A section's listed question compared with a visitor's message: case, punctuation and spacing aside.</summary>
internal static partial class SectionQuestion
{
    /// <summary>The words of <paramref name="text"/>, lower case, apostrophes dropped, one space between them.</summary>
    public static string Normalised(string text) =>
        NonWord().Replace(text.ToLowerInvariant().Replace("'", string.Empty, StringComparison.Ordinal).Replace("\u2019", string.Empty, StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
