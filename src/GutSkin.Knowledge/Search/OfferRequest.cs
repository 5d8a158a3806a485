using System.Text.RegularExpressions;
using GutSkin.Knowledge.Content;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// Recognises a visitor asking for the guide or the trial ("send me the guide", "is the juice free",
/// "sign me up"), as opposed to asking about them ("what is life greens"), which the knowledge answers.
/// </summary>
internal static partial class OfferRequest
{
    // "how do i cancel" and "do i have to pay for shipping" ask about the trial; a longer message about a delivery or a
    // subscription tells a story of its own ("my delivery was late again, also does your juice clear acne").
    private const int MaxLogisticsWords = 8;

    /// <summary>The offer asked for, or null.</summary>
    public static OfferKind? Detect(string question, OfferCatalog? offers)
    {
        if (offers is null)
        {
            return null;
        }

        var text = Words(question);
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

    /// <summary>
    /// The fact asked about when a message is a question about the trial itself ("how much does life greens cost"), or
    /// null. Checked before <see cref="Detect"/>: asking what the trial costs is not yet asking for it.
    /// </summary>
    public static string? Fact(string question, OfferCatalog? offers)
    {
        if (offers?.Trial.Facts is not { Count: > 0 } facts)
        {
            return null;
        }

        var text = Words(question);
        if (!offers.Trial.Triggers.Any(t => text.Contains(" " + NonWord().Replace(t, " ").Trim() + " ", StringComparison.Ordinal)) && !TrialWords().IsMatch(text)
            && !(ShortLogistics(text) && TrialLogistics().IsMatch(text) && !Birth().IsMatch(text)))
        {
            return null;
        }

        var fact = PriceCue().IsMatch(text) ? TrialFact.Price
            : CancelCue().IsMatch(text) ? TrialFact.Cancel
            : DeliveryCue().IsMatch(text) ? TrialFact.Delivery
            : EligibilityCue().IsMatch(text) ? TrialFact.Eligibility
            : ProductCue().IsMatch(text) ? TrialFact.Product
            : null;
        return fact is not null && facts.ContainsKey(fact) ? fact : null;
    }

    // The only thing the site posts, charges for or signs visitors up to is the trial, so a short message about those asks
    // about it without naming it.
    private static bool ShortLogistics(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxLogisticsWords;

    // The message's words between spaces, lower case, without a study's trial or sample ("a randomised trial", "the
    // eczema trial", "sample size"): asking how big a study was is not asking for the free trial or sample.
    private static string Words(string question)
    {
        var words = ResearchTrial().Replace(" " + NonWord().Replace(question.ToLowerInvariant(), " ").Trim() + " ", " ");
        return " " + string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries)) + " ";
    }

    [GeneratedRegex(@"(?<= )((randomi[sz]ed|clinical|controlled|placebo|blind|blinded|drug|medical|human|eczema|psoriasis|probiotic|probiotics|research|proper|large|small) trials?|sample sizes?)(?= )")]
    private static partial Regex ResearchTrial();

    [GeneratedRegex(@" (life greens|the juice|your juice|green juice|the trial|free trial|trial|the sample|free sample|sample|the product|your product|supplement) ")]
    private static partial Regex TrialWords();

    // Postage, a subscription or cancelling, not a food that cancels another out.
    [GeneratedRegex(@" (delivery|shipping|postage|p p|parcel|subscription|subscribed|cancel|cancelling|canceling|cancellation) (?!(each other|it out|them out|out) )")]
    private static partial Regex TrialLogistics();

    // A delivery that is a birth ("since my c-section delivery").
    [GeneratedRegex(@" (baby|babies|birth|born|labour|labor|pregnan\w*|c section|caesarean|cesarean|vaginal) ")]
    private static partial Regex Birth();

    [GeneratedRegex(@" (cost|costs|price|prices|pay|paying|charge|charged|charges|how much|fee|fees|expensive|cheap|card|credit card|really free|is it free|actually free|catch) ")]
    private static partial Regex PriceCue();

    [GeneratedRegex(@" (cancel|cancelling|canceling|cancellation|unsubscribe|stop it|stop the|subscription|opt out|end the) ")]
    private static partial Regex CancelCue();

    [GeneratedRegex(@" (deliver|delivery|delivered|ship|shipping|shipped|post|posted|arrive|arrives|arrival|dispatch|how long|when will|when do i get|receive) ")]
    private static partial Regex DeliveryCue();

    [GeneratedRegex(@" (who can|can i get (it|one|the trial|a trial|the sample|a sample) if|eligible|eligibility|qualify|apply|age|how old|old enough|under 18|country|countries|uk|us|usa|canada|australia|ireland|international|abroad|overseas) ")]
    private static partial Regex EligibilityCue();

    [GeneratedRegex(@" (what is|whats|what s|what are|what does|made of|made from|ingredients|ingredient|contain|contains|in it|inside|taste|tastes|vegan|gluten) ")]
    private static partial Regex ProductCue();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@" sign (me )?up | signup | register me | enrol me | enroll me ")]
    private static partial Regex SignUp();

    [GeneratedRegex(@" (get|send|want|give|try|trying|free|download|order|claim|receive|sample|offer|access|link|where|sign|interested|copy|email me|e mail me|mail me) ")]
    private static partial Regex Asking();
}
