namespace GutSkin.Bot.Conversation.Steps;

/// <summary>"Cancel": stops a signup in progress and discards what was typed; otherwise says there is nothing to cancel.</summary>
internal sealed class CancelStep : ITurnStep
{
    /// <inheritdoc />
    public TurnResult? TryHandle(ConversationTurn turn)
    {
        if (!Phrases.IsCancel(turn.Text))
        {
            return null;
        }

        if (!turn.SigningUp)
        {
            return TurnResult.Say(ReplyText.NothingToCancel, Phrases.Topics);
        }

        TrialSignupFlow.Clear(turn.State.Signup);
        return TurnResult.Say(ReplyText.SignupCancelled, Phrases.Topics);
    }
}
