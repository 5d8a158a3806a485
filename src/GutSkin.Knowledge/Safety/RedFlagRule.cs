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
/// <param name="NotWhenPassed">
/// True when an episode the same sentence says has passed ("couldn't breathe for a minute but it passed and I'm fine
/// today") is not urgent: breathing, allergy, fainting, head, burn, bleeding, belly and limb signs; never a stroke's,
/// a seizure's or chest pain's, which stay urgent when they go (a TIA, a first fit).
/// </param>
/// <param name="Explained">
/// Words that, in the same sentence, explain the sign away: a face numbed at the dentist or after botox, Bell's palsy a
/// doctor has diagnosed (stroke signs only; never when the sentence also names a limb, walking, vision or confusion).
/// </param>
/// <param name="SharedSign">
/// True for a sign several emergencies share (blue or grey lips: a fit, an overdose, sepsis, a sick baby, a breathing
/// emergency): always urgent, its category the semantic layer's when that layer finds one.
/// </param>
/// <remarks>
/// Every sign said laughing ("I'll kill myself if I see one more advert haha", "he says he's having a stroke when he
/// can't find the remote 🙄") is a figure of speech unless the message says it is meant ("not joking").
/// </remarks>
internal sealed record RedFlagRule(
    string Category, Regex English, Regex? Spanish = null, Regex? Unless = null, bool EvenRecurring = false, bool NotWhenMild = false, bool NotWhenPassed = false, Regex? Explained = null,
    bool SharedSign = false)
{
    /// <summary>
    /// True when a match of either pattern in <paramref name="piece"/> counts in its context; <paramref name="after"/> is
    /// the rest of the message after the piece, read for a check that found the sign fine.
    /// </summary>
    public bool Matches(string piece, string after = "") =>
        Counts(English, piece, after, Unless, english: true) || (Spanish is not null && Counts(Spanish, piece, after, null, english: false));

    // Laughter, a passed episode and a check since are read in English only: "ha" is Spanish for "has" ("ha vomitado dos veces").
    private bool Counts(Regex pattern, string piece, string after, Regex? unless, bool english)
    {
        for (var match = pattern.Match(piece); match.Success; match = match.NextMatch())
        {
            if (RedFlagContext.Counts(piece, match, unless, EvenRecurring, NotWhenMild)
                && !(english && (RedFlagContext.InJest(piece, match.Index) || (NotWhenPassed && RedFlagContext.Passed(piece, match)) || RedFlagContext.CheckedSince(piece, match, after)))
                && !(Explained is not null && RedFlagContext.InSentence(piece, match.Index, Explained)))
            {
                return true;
            }
        }

        return false;
    }
}
