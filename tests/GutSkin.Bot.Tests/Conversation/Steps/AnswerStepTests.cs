using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Tests.Conversation.Steps;

[Collection(StepsCollection.Name)]
public sealed class AnswerStepTests(StepsKnowledge knowledge)
{
    private const string EczemaTitle = "What is the Link Between Gut Health and Eczema?";

    [Fact]
    public void Question_IsAnsweredWithTheDisclaimerOnceTheQuoteAndTheOffersOnce()
    {
        var state = new ConversationData();
        var step = new AnswerStep();

        var first = step.TryHandle(knowledge.Turn("Is eczema linked to gut health?", state));
        var second = step.TryHandle(knowledge.Turn("Is eczema linked to gut health?", state));

        Assert.Equal(ReplyText.Disclaimer, first!.Replies[0].Text);
        Assert.Contains($"From: {EczemaTitle}", first.Replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(ReplyText.GoFurther, first.Replies[2].Text);
        Assert.Equal(AnswerKind.Answer, first.Kind);
        Assert.NotNull(first.Confidence);
        Assert.DoesNotContain(second!.Replies, r => r.Text == ReplyText.Disclaimer || r.Text == ReplyText.GoFurther);
        Assert.Equal(first.SectionId, state.LastAnswer!.SectionId);
    }

    [Fact]
    public void UnansweredQuestion_IsNotAnswered()
    {
        Assert.Null(new AnswerStep().TryHandle(knowledge.Turn("What is the best laptop for gaming?")));
    }
}
