using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Safety;

// A condition's episodes named as settled or usual, then one now (round 19): "his fits are under control on tablets but
// this afternoon he had two back to back", "her asthma attacks are well managed but she's had another one tonight". The
// episodes alone ("his fits are worse around her period", "her asthma attacks are triggered by dust") are a condition,
// not an emergency, so the rule needs the turn and the episode of now; the sign's context is read as for any rule (the
// settled clause comes back through RedFlagContext's ReturnsLater).
internal static partial class RedFlagRules
{
    // After a turn ("but", "then", "now", "today", "tonight", "this afternoon"): a count or a run of episodes, or another one.
    private const string EpisodeBack = @"[^.!?]{0,80}?\b(but|then|now|today|tonight|this (morning|afternoon|evening))\b[^.!?]{0,60}?\b(?<flag>(had|having|has had|just had) (another|one|two|three|four|five|several|\d+|a few)( more| one)?|in a row|back to back|one after (another|the other))\b";

    /// <summary>Someone's fits named as settled or usual, then fits now: "his fits are under control but today he had two".</summary>
    [GeneratedRegex(@"\b(my|his|her|their|our) fits\b" + EpisodeBack, Options)]
    private static partial Regex FitsBack();

    /// <summary>Asthma attacks named as settled or usual, then one now: "her asthma attacks are under control but she's had another one tonight".</summary>
    [GeneratedRegex(@"\basthma attacks\b" + EpisodeBack, Options)]
    private static partial Regex AsthmaAttacksBack();
}
