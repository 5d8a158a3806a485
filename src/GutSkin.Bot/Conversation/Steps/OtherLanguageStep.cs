namespace GutSkin.Bot.Conversation.Steps;

/// <summary>A message in a language the articles are not written in gets an honest reply in that language (see
/// <see cref="OtherLanguageReply"/>). After the safety step: a red flag in any language is urgent first.</summary>
internal sealed class OtherLanguageStep : ITurnStep
{
    /// <inheritdoc />
    public TurnResult? TryHandle(ConversationTurn turn) => OtherLanguageReply.For(turn.Text);
}
