using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Conversation.Steps;

/// <summary>The question answered from the articles: the passage quoted with its source (see <see cref="SectionAnswer"/>).</summary>
internal sealed class AnswerStep : ITurnStep
{
    /// <inheritdoc />
    public TurnResult? TryHandle(ConversationTurn turn)
    {
        var answer = turn.Answer;
        if (!answer.Answered || answer.Section is not { } section || answer.Passage is not { } passage)
        {
            return null;
        }

        return new TurnResult(SectionAnswer.From(turn, turn.Text, section, passage, answer.Alternatives))
        {
            Kind = AnswerKind.Answer,
            SectionId = section.Id,
            Confidence = answer.Confidence,
        };
    }
}
