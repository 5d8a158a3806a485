using GutSkin.Data;

namespace GutSkin.Bot.Conversation.Steps;

/// <summary>Thumbs up or down: recorded once per answer, about the last answer's question and section.</summary>
internal sealed class FeedbackStep : ITurnStep
{
    /// <inheritdoc />
    public TurnResult? TryHandle(ConversationTurn turn) =>
        Phrases.Feedback(turn.Text) is { } helpful ? SignupResume.After(turn, Give(turn, helpful)) : null;

    private static TurnResult Give(ConversationTurn turn, bool helpful)
    {
        if (turn.State.LastAnswer is not { FeedbackGiven: false } last)
        {
            return TurnResult.Say(ReplyText.FeedbackWithoutAnswer, Phrases.Topics);
        }

        last.FeedbackGiven = true;
        return TurnResult.Say(helpful ? ReplyText.FeedbackHelpful : ReplyText.FeedbackNotHelpful, Phrases.Topics) with
        {
            Feedback = new Feedback(turn.Message.UserId, last.Question, last.SectionId, helpful, turn.Now),
        };
    }
}
