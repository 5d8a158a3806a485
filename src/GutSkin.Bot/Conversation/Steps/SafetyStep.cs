namespace GutSkin.Bot.Conversation.Steps;

/// <summary>A red flag gets the emergency message for the visitor's locale and nothing else, whatever else was going
/// on: before any command, signup step or search.</summary>
internal sealed class SafetyStep : ITurnStep
{
    /// <inheritdoc />
    public TurnResult? TryHandle(ConversationTurn turn)
    {
        if (turn.Screened is not { Urgent: true } urgent)
        {
            return null;
        }

        // A pending "are you sure?" about deleting the visitor's data is not answered by the next message any more.
        turn.State.DeleteConfirmationAsked = false;
        return UrgentTurn.Reply(turn.State, turn.Message, urgent.UrgentCategory);
    }
}
