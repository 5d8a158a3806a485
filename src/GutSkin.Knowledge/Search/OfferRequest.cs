using System.Text.RegularExpressions;
using GutSkin.Knowledge.Content;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// Recognises a visitor asking for the guide or the trial ("send me the guide", "is the juice free",
/// "sign me up"), as opposed to asking about them ("what is life greens"), which the knowledge answers.
/// </summary>
internal static partial class OfferRequest
{
    /// <summary>The offer asked for, or null.</summary>
    public static OfferKind? Detect(string question, OfferCatalog? offers)
    {
        if (offers is null)
        {
            return null;
        }

        var text = " " + NonWord().Replace(question.ToLowerInvariant(), " ").Trim() + " ";
        if (SignUp().IsMatch(text))
        {
            return OfferKind.Trial;
        }

        var wantsSomething = Asking().IsMatch(text);
        var wordCount = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        foreach (var offer in new[] { offers.Trial, offers.Guide })
        {
            var trigger = offer.Triggers
                .Select(t => " " + NonWord().Replace(t, " ").Trim() + " ")
                .FirstOrDefault(t => text.Contains(t, StringComparison.Ordinal));

            // "the guide" or "trial please" is a request too: little more than the trigger itself.
            var bare = trigger is not null && wordCount <= trigger.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length + 1;
            if (trigger is not null && (wantsSomething || bare || Asking().IsMatch(trigger)))
            {
                return offer.Kind;
            }
        }

        return null;
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@" sign (me )?up | signup | register me | enrol me | enroll me ")]
    private static partial Regex SignUp();

    [GeneratedRegex(@" (get|send|want|give|try|trying|free|download|order|claim|receive|sample|offer|access|link|where|sign|interested|copy) ")]
    private static partial Regex Asking();
}
