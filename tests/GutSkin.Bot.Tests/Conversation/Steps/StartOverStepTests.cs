using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;

namespace GutSkin.Bot.Tests.Conversation.Steps;

[Collection(StepsCollection.Name)]
public sealed class StartOverStepTests(StepsKnowledge knowledge)
{
    [Fact]
    public void StartOver_ForgetsEverythingAndWelcomesAgain()
    {
        var state = knowledge.SigningUp();
        state.Welcomed = true;
        state.OffersDeclined = true;

        var result = new StartOverStep().TryHandle(knowledge.Turn("Start over!", state));

        Assert.Contains(ReplyText.WhatICanDo, Assert.Single(result!.Replies).Text, StringComparison.Ordinal);
        Assert.Equal(SignupStep.None, state.Signup.Step);
        Assert.False(state.OffersDeclined);
    }

    [Fact]
    public void StartOver_InsideAQuestion_IsNotACommand()
    {
        Assert.Null(new StartOverStep().TryHandle(knowledge.Turn("how do I start over with my diet?")));
    }
}
