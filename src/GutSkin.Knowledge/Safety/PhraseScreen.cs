namespace GutSkin.Knowledge.Safety;

/// <summary>
/// The first safety layer: the phrase rules of every category, in English and Spanish, applied to each sentence and to
/// the whole message (for a red flag whose two halves are in different sentences), each match read in its context; none
/// in a message that says nothing is happening to anyone.
/// </summary>
internal static class PhraseScreen
{
    /// <summary>The category of the first rule that matches and counts, or null.</summary>
    public static string? Category(string message)
    {
        var text = RedFlagRules.Harmless().Replace(SafetyText.Normalise(message), " ");
        if (RedFlagContext.Disclaimed(text))
        {
            // "Nobody is ill, it's for the newsletter": the message itself says the signs are no one's.
            return null;
        }

        var pieces = SafetyText.Sentences(text);
        if (pieces.Count > 1)
        {
            pieces.Add(text);
        }

        return RedFlagRules.All.FirstOrDefault(rule => pieces.Any(rule.Matches))?.Category;
    }
}
