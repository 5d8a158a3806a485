using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Knowledge.Search;

/// <summary>What the knowledge says about one question.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Answered">True when a passage answers it, or when it asks for an offer.</param>
/// <param name="Urgent">True for a red-flag message.</param>
/// <param name="Offer">The offer the question asks for, if any.</param>
/// <param name="Reason">Why it was not answered (see <see cref="NoAnswerReason"/>), or null.</param>
/// <param name="Section">The section of the best passage, when answered from the knowledge.</param>
/// <param name="Passage">The best passage, quoted from the section.</param>
/// <param name="Confidence">Calibrated confidence in [0, 1].</param>
/// <param name="Alternatives">Up to three other sections the message may mean ("did you mean").</param>
public sealed record Answer(
    string Question,
    bool Answered,
    bool Urgent,
    OfferKind? Offer,
    string? Reason,
    KnowledgeSection? Section,
    string? Passage,
    double Confidence,
    IReadOnlyList<AlternativeSection> Alternatives)
{
    /// <summary>What kind of reply the message calls for.</summary>
    public AnswerKind Kind { get; init; } = Answered ? (Offer is null ? AnswerKind.Answer : AnswerKind.Offer) : Urgent ? AnswerKind.Urgent : AnswerKind.NoAnswer;

    /// <summary>For <see cref="AnswerKind.TrialFacts"/>, which fact was asked about (see <see cref="Content.TrialFact"/>).</summary>
    public string? TrialFact { get; init; }

    /// <summary>The question as understood, with a follow-up resolved against the conversation's topic.</summary>
    public string? ResolvedQuestion { get; init; }

    /// <summary>The conversation's topic after this answer, for the next follow-up; null when it did not change.</summary>
    public ConversationTopic? Topic { get; init; }

    /// <summary>For an urgent message, the red-flag category that decided it (see the safety README).</summary>
    public string? UrgentCategory { get; init; }

    internal static Answer NotAnswered(string question, string reason, bool urgent = false) =>
        new(question, false, urgent, null, reason, null, null, 0, []);
}
