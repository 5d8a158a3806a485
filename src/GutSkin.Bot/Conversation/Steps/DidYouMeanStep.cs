using GutSkin.Bot.Recognition;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Conversation.Steps;

/// <summary>The visitor's pick from the last answer's "did you mean" choice: the chosen section's answer, or "none of
/// these", recorded as unanswered. Any other message drops the choice and goes on.</summary>
internal sealed class DidYouMeanStep : ITurnStep
{
    /// <inheritdoc />
    public TurnResult? TryHandle(ConversationTurn turn)
    {
        var state = turn.State;
        var choice = state.DidYouMean;
        var question = state.DidYouMeanQuestion ?? turn.Text;
        state.DidYouMean = [];
        state.DidYouMeanQuestion = null;
        if (choice.Count == 0)
        {
            return null;
        }

        if (Phrases.IsNoneOfThese(turn.Text))
        {
            return TurnResult.Say(ReplyText.NoneOfTheseChosen, Phrases.Topics) with { Unanswered = turn.Unanswered(question), Kind = AnswerKind.NoAnswer };
        }

        var picked = Phrases.Normalize(turn.Text);
        var chosen = choice.FirstOrDefault(c => string.Equals(Phrases.Normalize(c.Title), picked, StringComparison.Ordinal));
        if (chosen is null || turn.Content.FindSection(chosen.SectionId) is not { Passages.Count: > 0 } section)
        {
            return null;
        }

        // Follow-ups ("what causes it?") are about the section chosen, as after any answer.
        state.Topic = new ConversationTopic(section.Title, section.Tags.FirstOrDefault()?.ToLowerInvariant(), section.Id) { Matters = state.Topic?.Matters ?? ClinicianMatter.None };
        return new TurnResult(SectionAnswer.From(turn, question, section, section.Passages[0], []))
        {
            Kind = AnswerKind.Answer,
            SectionId = section.Id,
            ChosenAlternative = new(turn.Message.UserId, PersonalDataRedactor.Redact(question), section.Id, turn.Now),
        };
    }
}
