namespace GutSkin.Bot.Conversation.Steps;

/// <summary>"No thanks" to the offers: they are not made again in this conversation.</summary>
internal sealed class DeclineOffersStep : ITurnStep
{
    /// <inheritdoc />
    public TurnResult? TryHandle(ConversationTurn turn)
    {
        if (!Phrases.IsDecline(turn.Text))
        {
            return null;
        }

        turn.State.OffersDeclined = true;
        return TurnResult.Say(ReplyText.OffersDeclined, Phrases.Topics);
    }
}
