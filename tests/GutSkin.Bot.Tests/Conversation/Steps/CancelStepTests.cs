using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;

namespace GutSkin.Bot.Tests.Conversation.Steps;

[Collection(StepsCollection.Name)]
public sealed class CancelStepTests(StepsKnowledge knowledge)
{
    [Fact]
    public void Cancel_DuringASignup_DiscardsIt()
    {
        var state = knowledge.SigningUp(SignupStep.Email);

        var result = new CancelStep().TryHandle(knowledge.Turn("cancel", state));

        Assert.Equal(ReplyText.SignupCancelled, Assert.Single(result!.Replies).Text);
        Assert.Equal(SignupStep.None, state.Signup.Step);
        Assert.Null(state.Signup.Name);
    }

    [Fact]
    public void Cancel_WithNothingInProgress_SaysSo()
    {
        var result = new CancelStep().TryHandle(knowledge.Turn("never mind"));

        Assert.Equal(ReplyText.NothingToCancel, Assert.Single(result!.Replies).Text);
    }

    [Fact]
    public void Cancel_InsideAQuestion_IsNotACommand()
    {
        Assert.Null(new CancelStep().TryHandle(knowledge.Turn("how do I stop itching?")));
    }
}
