using System.Text;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Conversation.Steps;

/// <summary>The last step: no answer in the articles, so none is invented. The question goes to content staff, and the
/// visitor sees what the articles do cover.</summary>
internal sealed class NoAnswerStep : ITurnStep
{
    /// <inheritdoc />
    public TurnResult TryHandle(ConversationTurn turn)
    {
        var text = new StringBuilder(ReplyText.NoAnswer).Append(ReplyText.ArticlesCover);
        foreach (var section in turn.Content.Sections)
        {
            text.Append($"\n- {section.Title}");
        }

        return TurnResult.Say(text.ToString(), Phrases.Topics) with
        {
            Unanswered = turn.Unanswered(turn.Text),
            Kind = AnswerKind.NoAnswer,
            Confidence = turn.Answer.Confidence,
        };
    }
}
