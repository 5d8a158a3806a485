namespace GutSkin.Knowledge.Safety;

/// <summary>
/// The first safety layer: the phrase rules of every category, in English and Spanish, applied to each sentence and to
/// the whole message (for a red flag whose two halves are in different sentences), each match read in its context; none
/// in a message that says nothing is happening to anyone.
/// </summary>
internal static class PhraseScreen
{
    /// <summary>The category of the first rule that matches and counts, or null.</summary>
    public static string? Category(string message) => Rule(message)?.Category;

    /// <summary>The first rule that matches and counts, or null.</summary>
    public static RedFlagRule? Rule(string message)
    {
        var text = RedFlagRules.Harmless().Replace(SafetyText.Normalise(message), " ");
        if (RedFlagContext.Disclaimed(text))
        {
            // "Nobody is ill, it's for the newsletter": the message itself says the signs are no one's.
            return null;
        }

        // Each sentence with the rest of the message after it (where a check since is told), then the whole message.
        var sentences = SafetyText.Sentences(text);
        var pieces = sentences.Select((sentence, i) => (Piece: sentence, After: string.Join(' ', sentences.Skip(i + 1)))).ToList();
        if (sentences.Count > 1)
        {
            pieces.Add((text, string.Empty));
        }

        return RedFlagRules.All.FirstOrDefault(rule => pieces.Any(p => rule.Matches(p.Piece, p.After)));
    }
}
