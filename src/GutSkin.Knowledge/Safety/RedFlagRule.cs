using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Safety;

/// <summary>The phrase rule of one category: patterns over normalised text (see <see cref="SafetyText.Normalise"/>).</summary>
/// <param name="Category">The red-flag category id.</param>
/// <param name="English">
/// The English pattern. A rule that needs two terms together names the second <c>(?&lt;flag&gt;...)</c>, so that
/// "pregnant, no bleeding" is read as a denial of the second term.
/// </param>
/// <param name="Spanish">The Spanish pattern, written the same way, if the category has one in this rule.</param>
/// <param name="Unless">English words that, in the same phrase as a term, show a harmless reading ("my eczema bleeds a lot when I scratch").</param>
/// <param name="EvenRecurring">
/// True when a sign that comes and goes ("sometimes", "when I'm stressed") is still urgent: thoughts of suicide are.
/// </param>
/// <param name="NotWhenMild">
/// True when a mild version ("a bit sore", "from a cold") is not urgent: chest, breathing, allergy, burns, belly, limb and skin signs.
/// </param>
/// <param name="NotInJest">
/// True when a sign said laughing ("I'll kill myself if I see one more advert haha") is a figure of speech unless the
/// message says it is meant ("not joking"): the words of self-harm, which people use as hyperbole.
/// </param>
internal sealed record RedFlagRule(
    string Category, Regex English, Regex? Spanish = null, Regex? Unless = null, bool EvenRecurring = false, bool NotWhenMild = false, bool NotInJest = false)
{
    /// <summary>True when a match of either pattern in <paramref name="piece"/> counts in its context.</summary>
    public bool Matches(string piece) => Counts(English, piece, Unless) || (Spanish is not null && Counts(Spanish, piece, null));

    private bool Counts(Regex pattern, string piece, Regex? unless)
    {
        for (var match = pattern.Match(piece); match.Success; match = match.NextMatch())
        {
            if (RedFlagContext.Counts(piece, match, unless, EvenRecurring, NotWhenMild) && !(NotInJest && RedFlagContext.InJest(piece, match.Index)))
            {
                return true;
            }
        }

        return false;
    }
}
