using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;
using GutSkin.Data;
using GutSkin.Knowledge.Content;

namespace GutSkin.Bot.Tests.Conversation.Steps;

[Collection(StepsCollection.Name)]
public sealed class FeedbackStepTests(StepsKnowledge knowledge)
{
    [Fact]
    public void ThumbsUp_AfterAnAnswer_IsRecordedOnce()
    {
        var state = Answered();
        var step = new FeedbackStep();

        var first = step.TryHandle(knowledge.Turn(Phrases.Helpful, state));
        var second = step.TryHandle(knowledge.Turn(Phrases.Helpful, state));

        Assert.Equal(ReplyText.FeedbackHelpful, first!.Replies[0].Text);
        Assert.Equal(new Feedback(StepsKnowledge.UserId, "is eczema linked to gut health?", EczemaSection().Id, true, StepsKnowledge.Now), first.Feedback);
        Assert.Null(second!.Feedback);
        Assert.Equal(ReplyText.FeedbackWithoutAnswer, second.Replies[0].Text);
    }

    [Fact]
    public void ThumbsDown_SaysItIsPassedOn()
    {
        var result = new FeedbackStep().TryHandle(knowledge.Turn("👎", Answered()));

        Assert.Equal(ReplyText.FeedbackNotHelpful, result!.Replies[0].Text);
        Assert.False(result.Feedback!.Helpful);
    }

    [Fact]
    public void Feedback_DuringASignup_ResumesItWithoutTheTopics()
    {
        var state = knowledge.SigningUp(SignupStep.Phone);

        var result = new FeedbackStep().TryHandle(knowledge.Turn("thumbs up", state));

        Assert.Null(result!.Replies[0].SuggestedActions);
        Assert.Equal($"{ReplyText.ResumeSignup}{ReplyText.AskPhone}", result.Replies[1].Text);
    }

    [Fact]
    public void NotFeedback_LetsTheNextStepDecide()
    {
        Assert.Null(new FeedbackStep().TryHandle(knowledge.Turn("is it helpful to eat yoghurt?", Answered())));
    }

    private KnowledgeSection EczemaSection() =>
        knowledge.Knowledge.Current.Sections.First(s => s.Title == "What is the Link Between Gut Health and Eczema?");

    private ConversationData Answered() =>
        new() { LastAnswer = new AnswerShown { Question = "is eczema linked to gut health?", SectionId = EczemaSection().Id } };
}
