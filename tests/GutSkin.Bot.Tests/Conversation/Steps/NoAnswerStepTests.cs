using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Tests.Conversation.Steps;

[Collection(StepsCollection.Name)]
public sealed class NoAnswerStepTests(StepsKnowledge knowledge)
{
    private const string EczemaTitle = "What is the Link Between Gut Health and Eczema?";

    [Fact]
    public void Fallback_SaysSoListsTheTopicsAndRecordsTheQuestionRedacted()
    {
        var result = new NoAnswerStep().TryHandle(knowledge.Turn("What is the best laptop for gaming? Email me at jane.doe@example.com"));

        var reply = Assert.Single(result.Replies);
        Assert.StartsWith(ReplyText.NoAnswer, reply.Text, StringComparison.Ordinal);
        Assert.Contains($"\n- {EczemaTitle}", reply.Text, StringComparison.Ordinal);
        Assert.Equal(AnswerKind.NoAnswer, result.Kind);
        Assert.DoesNotContain("jane.doe", result.Unanswered!.Question, StringComparison.Ordinal);
    }
}
