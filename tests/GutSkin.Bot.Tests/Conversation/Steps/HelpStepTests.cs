using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;

namespace GutSkin.Bot.Tests.Conversation.Steps;

[Collection(StepsCollection.Name)]
public sealed class HelpStepTests(StepsKnowledge knowledge)
{
    [Fact]
    public void Help_SaysWhatToAsk()
    {
        var result = new HelpStep().TryHandle(knowledge.Turn("what can you do"));

        Assert.Equal(ReplyText.Help, Assert.Single(result!.Replies).Text);
    }

    [Fact]
    public void Help_DuringASignup_AsksTheSignupsQuestionAgain()
    {
        var state = knowledge.SigningUp(SignupStep.Address);

        var result = new HelpStep().TryHandle(knowledge.Turn("help", state));

        Assert.Equal(2, result!.Replies.Count);
        Assert.Equal($"{ReplyText.ResumeSignup}{ReplyText.AskAddress}", result.Replies[1].Text);
        Assert.Equal(SignupStep.Address, state.Signup.Step);
    }
}
