using GutSkin.Knowledge.Search;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Conversation.Steps;

/// <summary>Doses, medicines, pregnancy and babies: a referral to a clinician, no answer.</summary>
internal sealed class ClinicianStep : ITurnStep
{
    /// <inheritdoc />
    public TurnResult? TryHandle(ConversationTurn turn) =>
        turn.Answer.Reason == NoAnswerReason.Clinician ? TurnResult.Say(ReplyText.ClinicianReferral, Phrases.Topics) with { Kind = AnswerKind.Clinician } : null;
}
