namespace GutSkin.Bot.Conversation.Steps;

/// <summary>"Start over": everything forgotten, as if the conversation had just begun, and the welcome again.</summary>
internal sealed class StartOverStep : ITurnStep
{
    /// <inheritdoc />
    public TurnResult? TryHandle(ConversationTurn turn)
    {
        if (!Phrases.IsStartOver(turn.Text))
        {
            return null;
        }

        turn.State.Reset();
        return new TurnResult(Welcome.For(turn.State));
    }
}
