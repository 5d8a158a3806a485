using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Tests.Conversation.Steps;

[Collection(StepsCollection.Name)]
public sealed class OfferRequestStepTests(StepsKnowledge knowledge)
{
    [Fact]
    public void AskingForTheGuide_SendsItsCard()
    {
        var state = new ConversationData();

        var result = new OfferRequestStep().TryHandle(knowledge.Turn("send me the guide", state));

        var reply = Assert.Single(result!.Replies);
        Assert.Equal(ReplyText.GuideNoSignup, reply.Text);
        Assert.Equal(ReplyText.GetTheGuide, Assert.Single(reply.Cards!).Buttons[0].Title);
        Assert.Equal(AnswerKind.Offer, result.Kind);
        Assert.True(state.OfferShown);
    }

    [Theory]
    [InlineData("sms", nameof(SignupStep.Name))]
    [InlineData("webchat", nameof(SignupStep.Form))]
    public void AskingForTheTrial_StartsTheSignupTheChannelCanShow(string channel, string first)
    {
        var state = new ConversationData();

        new OfferRequestStep().TryHandle(knowledge.Turn("sign me up for the trial", state, channel));

        Assert.Equal(Enum.Parse<SignupStep>(first), state.Signup.Step);
    }

    [Fact]
    public void AskingForTheTrial_InAGroupChat_MovesToAPrivateChat()
    {
        var state = new ConversationData();

        var result = new OfferRequestStep().TryHandle(knowledge.Turn("sign me up for the trial", state, "msteams", inGroup: true));

        Assert.Equal(ReplyText.PrivateSignup, Assert.Single(result!.Replies).Text);
        Assert.Equal(SignupStep.None, state.Signup.Step);
    }
}
