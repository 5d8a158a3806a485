using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Conversation.Steps;

/// <summary>A message with no text (a picture, a file, spaces) or far too long to be a question: asked to type a
/// question, before anything reads it.</summary>
internal sealed class UnreadableMessageStep : ITurnStep
{
    /// <inheritdoc />
    public TurnResult? TryHandle(ConversationTurn turn)
    {
        var message = turn.Message;
        if (message.Text.Length == 0)
        {
            return TurnResult.Say(message.HasAttachments ? ReplyText.OnlyText : ReplyText.NothingTyped, Phrases.Topics) with { Kind = AnswerKind.Empty };
        }

        return message.TooLong ? TurnResult.Say(ReplyText.TooLong, Phrases.Topics) : null;
    }
}
