using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Safety;

/// <summary>The phrase rule of one category: patterns over normalised text (see <see cref="SafetyText.Normalise"/>).</summary>
/// <param name="Category">The red-flag category id.</param>
/// <param name="English">
/// The English pattern. A rule that needs two terms together names the second <c>(?&lt;flag&gt;...)</c>, so that
/// "pregnant, no bleeding" is read as a denial of the second term.
/// </param>
/// <param name="Spanish">The Spanish pattern, written the same way.</param>
/// <param name="Unless">English words that, in the same sentence, show a harmless reading ("my eczema bleeds a lot when I scratch").</param>
internal sealed record RedFlagRule(string Category, Regex English, Regex Spanish, Regex? Unless = null)
{
    /// <summary>True when a match of either pattern in <paramref name="piece"/> counts in its context.</summary>
    public bool Matches(string piece) =>
        (Counts(English, piece) && (Unless is null || !Unless.IsMatch(piece))) || Counts(Spanish, piece);

    private static bool Counts(Regex pattern, string piece)
    {
        for (var match = pattern.Match(piece); match.Success; match = match.NextMatch())
        {
            if (RedFlagContext.Counts(piece, match))
            {
                return true;
            }
        }

        return false;
    }
}
