using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;
using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Tests.Conversation.Steps;

[Collection(StepsCollection.Name)]
public sealed class DidYouMeanStepTests(StepsKnowledge knowledge)
{
    private const string Question = "probiotics and skin, email jane@example.com";

    private readonly DidYouMeanStep step = new();

    [Fact]
    public void NoChoicePending_LetsTheNextStepDecide()
    {
        Assert.Null(step.TryHandle(knowledge.Turn("None of these")));
    }

    [Fact]
    public void ChosenTitle_AnswersFromThatSectionAndRecordsTheChoice()
    {
        var (state, section) = Offered();

        var result = step.TryHandle(knowledge.Turn($" {section.Title.ToUpperInvariant()} ", state));

        Assert.Contains(result!.Replies, r => r.Text.StartsWith(section.Passages[0], StringComparison.Ordinal));
        Assert.Equal(AnswerKind.Answer, result.Kind);
        Assert.Equal(section.Id, result.ChosenAlternative!.SectionId);
        Assert.DoesNotContain("jane@example.com", result.ChosenAlternative.Question, StringComparison.Ordinal);
        Assert.Equal(section.Id, state.Topic!.SectionId);
        Assert.Empty(state.DidYouMean);
    }

    [Fact]
    public void NoneOfThese_RecordsTheOriginalQuestionRedacted()
    {
        var (state, _) = Offered();

        var result = step.TryHandle(knowledge.Turn("none of them", state));

        Assert.Equal(ReplyText.NoneOfTheseChosen, Assert.Single(result!.Replies).Text);
        Assert.Equal(AnswerKind.NoAnswer, result.Kind);
        Assert.StartsWith("probiotics and skin", result.Unanswered!.Question, StringComparison.Ordinal);
        Assert.DoesNotContain("jane@example.com", result.Unanswered.Question, StringComparison.Ordinal);
    }

    [Fact]
    public void AnythingElse_DropsTheChoiceAndGoesOn()
    {
        var (state, _) = Offered();

        Assert.Null(step.TryHandle(knowledge.Turn("what is psoriasis", state)));
        Assert.Empty(state.DidYouMean);
        Assert.Null(state.DidYouMeanQuestion);
    }

    private (ConversationData State, KnowledgeSection Section) Offered()
    {
        var section = knowledge.Knowledge.Current.Sections[1];
        var state = new ConversationData
        {
            DidYouMean = [new SectionChoice { SectionId = section.Id, Title = section.Title }],
            DidYouMeanQuestion = Question,
        };
        return (state, section);
    }
}
