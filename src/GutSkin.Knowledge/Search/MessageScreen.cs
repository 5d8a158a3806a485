using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Safety;

namespace GutSkin.Knowledge.Search;

/// <summary>What is decided about a message before any search: red flags, clinician referrals and offer requests.</summary>
internal static class MessageScreen
{
    /// <summary>The answer decided without searching, or null when only a search can answer.</summary>
    public static Answer? Decide(string question, string searched, OfferCatalog? offers)
    {
        switch (SafetyScreen.Assess(searched))
        {
            case SafetyVerdict.Urgent:
                return Answer.NotAnswered(question, NoAnswerReason.Urgent, urgent: true);
            case SafetyVerdict.ClinicianReferral:
                return Answer.NotAnswered(question, NoAnswerReason.Clinician);
        }

        return OfferRequest.Detect(searched, offers) is { } offer
            ? new Answer(question, true, false, offer, null, null, null, 1, [])
            : null;
    }
}
