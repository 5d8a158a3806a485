using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Safety;

// A sign told in the past and checked since, found fine (round 19): "had some spotting at 7 weeks, the early pregnancy
// unit scanned her and all was well", "chest pain last week, went to A&E, tests were normal", "the seizure in May was
// looked at by the neurologist, EEG normal". The check and its finding usually come in a later sentence than the sign,
// so the rest of the message is read, not the sign's clause only (RedFlagContext.Framing's SeenSince reads the clause).
// Only for a sign told in the past in its clause (a check last week says nothing of a sign told in the present), never
// for one told as now ("is bleeding", "tonight", "still"), nor when anything after the finding brings it back
// ("again", "worse", "started again"). Read by the phrase rules only: the semantic model was fitted on the features of
// RedFlagContext.Read, which this does not change.
internal static partial class RedFlagContext
{
    /// <summary>
    /// True when the sign matched in <paramref name="piece"/> is told in the past in its clause ("had", "ago", "at 7 weeks";
    /// nothing of now) and the rest of the message
    /// (the piece after the sign, then <paramref name="after"/>) says it was checked and found fine, with nothing after the
    /// finding that brings it back.
    /// </summary>
    public static bool CheckedSince(string piece, Match match, string after)
    {
        var (start, end) = Around(piece, match.Index, ClauseBreaks());
        var clause = piece[start..end];
        if (!PastSign().IsMatch(clause) || Recent().IsMatch(clause))
        {
            return false;
        }

        var rest = $"{piece[(match.Index + match.Length)..]} {after}";
        return CheckedFine().Match(rest) is { Success: true } found && !Relapsed().IsMatch(rest[(found.Index + found.Length)..]);
    }

    // The sign told as over: "had", "was", "went", a time gone by ("ago", "yesterday", "last week", "in May", "at 7 weeks").
    [GeneratedRegex(@"\b(had|was|were|went|did|ago|yesterday|last (night|week|month|\w+day)|earlier|in (january|february|march|april|may|june|july|august|september|october|november|december)|at \d+ (weeks|wks))\b")]
    private static partial Regex PastSign();

    // A check (someone checked, scanned, examined or looked at it; a scan, test, ECG or trace) and, within its sentence, a
    // reassuring finding: fine, normal, clear, all well, a heartbeat seen, the baby fine, nothing wrong.
    [GeneratedRegex(@"\b(checked|scanned|examined|looked at|assessed|did (an? |the |some )?(scan|ecg|eeg|bloods|tests|trace|ultrasound|x-?ray)|(scans?|ultrasound|ecg|eeg|bloods|blood tests?|tests|trace|ctg|x-?rays?|results?))\b[^.!?]{0,100}?\b(all (was |is |looked |looks |came back |were )?(well|fine|ok|okay|normal|good|clear)|(was|were|is|are|came back|come back|looked|looks) (all |perfectly |completely |totally |absolutely )?(fine|normal|clear|ok|okay|perfect|good|reassuring|grand)|normal|(saw|seen|see|found|heard|showed|shows) (the |a |her |his |its )?(strong |healthy |good |normal )?(heartbeat|heart ?beat|flicker)|heartbeat (was |is )?(fine|strong|grand|there|good|normal)|(the )?(baby|bub|babys heart) (was|is|looked|looks) (fine|ok|okay|well|healthy|perfect|grand|happy)|nothing (wrong|abnormal|to worry about|of concern)|no (problems?|concerns?|issues?))\b")]
    private static partial Regex CheckedFine();

    // The sign back after the finding: "again", "worse", "still bleeding", "started again", "came back" (not "hasn't come
    // back", "came back normal").
    [GeneratedRegex(@"\b(again|worse|worsening|keeps|kept|still (\w+ing|has|have|there)|(?<!(not|nt|never) )(came|come|coming|is|its) back(?! (fine|normal|clear|negative|ok|okay))|started (up )?again|now (\w+ ){0,2}(bleeding|spotting|pain|cramp\w*|fitting|seizing))\b")]
    private static partial Regex Relapsed();
}
