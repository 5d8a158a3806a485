namespace GutSkin.Bot.Conversation.Steps;

/// <summary>The visitor's own data: "show my data", "delete my data" and the answer to its "are you sure?"
/// (see <see cref="VisitorDataRequests"/>).</summary>
internal sealed class VisitorDataStep : ITurnStep
{
    /// <inheritdoc />
    public TurnResult? TryHandle(ConversationTurn turn) => VisitorDataRequests.Next(turn.State, turn.Message, turn.Text);
}
