using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Safety;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Knowledge.Search;

/// <summary>What is decided about a message before any search: red flags, clinician referrals (in the conversation's
/// context too) and offer requests.</summary>
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
                return Referral(question);
        }

        if (OfferRequest.Fact(searched, offers) is { } fact)
        {
            return new Answer(question, true, false, OfferKind.Trial, null, null, null, 1, []) { Kind = AnswerKind.TrialFacts, TrialFact = fact };
        }

        return OfferRequest.Detect(searched, offers) is { } offer
            ? new Answer(question, true, false, offer, null, null, null, 1, [])
            : null;
    }

    /// <summary>
    /// <paramref name="decided"/>, <see cref="Decide"/>'s answer on its own, in the conversation <paramref name="topic"/>:
    /// referred when the topic carries a clinician matter and the turn asks to take or give something (an urgent answer
    /// still wins; an offer does not), and carrying the matters the turn raised.
    /// </summary>
    public static Answer? InConversation(Answer? decided, string question, string searched, ConversationTopic? topic)
    {
        if (decided is not ({ Urgent: true } or { Kind: AnswerKind.Clinician }) && ClinicianContext.Refers(searched, topic))
        {
            decided = Referral(question);
        }

        if (decided is null)
        {
            return null;
        }

        // The same instance when nothing changes, so that a remembered verdict stays the one remembered.
        var after = ClinicianContext.After(null, topic, searched);
        return after == decided.Topic ? decided : decided with { Topic = after };
    }

    private static Answer Referral(string question) => Answer.NotAnswered(question, NoAnswerReason.Clinician) with { Kind = AnswerKind.Clinician };
}
