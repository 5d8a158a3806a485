using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Safety;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Knowledge.Search;

/// <summary>What is decided about a message before any search: red flags, clinician referrals and offer requests.</summary>
internal static class MessageScreen
{
    /// <summary>The answer decided without searching, or null when only a search can answer.</summary>
    public static Answer? Decide(string question, string searched, OfferCatalog? offers)
    {
        var safety = SafetyScreen.Assess(searched);
        switch (safety.Verdict)
        {
            case SafetyVerdict.Urgent:
                return Answer.NotAnswered(question, NoAnswerReason.Urgent, urgent: true) with { UrgentCategory = safety.Category };
            case SafetyVerdict.ClinicianReferral:
                return Answer.NotAnswered(question, NoAnswerReason.Clinician) with { Kind = AnswerKind.Clinician };
        }

        if (OfferRequest.Fact(searched, offers) is { } fact)
        {
            return new Answer(question, true, false, OfferKind.Trial, null, null, null, 1, []) { Kind = AnswerKind.TrialFacts, TrialFact = fact };
        }

        return OfferRequest.Detect(searched, offers) is { } offer
            ? new Answer(question, true, false, offer, null, null, null, 1, [])
            : null;
    }
}
