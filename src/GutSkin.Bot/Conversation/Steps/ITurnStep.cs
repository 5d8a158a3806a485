namespace GutSkin.Bot.Conversation.Steps;

/// <summary>One decision a turn can make. The <see cref="TurnPipeline"/> asks each step in order; the first that
/// answers ends the turn. Steps hold no channel types and do no I/O besides reading the in-memory knowledge.</summary>
internal interface ITurnStep
{
    /// <summary>The turn's result when this step handles <paramref name="turn"/>; null to let the next step decide.</summary>
    TurnResult? TryHandle(ConversationTurn turn);
}
