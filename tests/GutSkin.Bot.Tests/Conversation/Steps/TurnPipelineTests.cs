using GutSkin.Bot.Conversation;
using GutSkin.Knowledge;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Tests.Conversation.Steps;

/// <summary>The order of the steps, where it decides what a message means.</summary>
[Collection(StepsCollection.Name)]
public sealed class TurnPipelineTests(StepsKnowledge knowledge)
{
    private const string ChestPain = "I've had crushing chest pain for twenty minutes and my left arm feels heavy";

    [Fact]
    public void RedFlag_DuringASignup_BeatsTheSignup()
    {
        var state = knowledge.SigningUp(SignupStep.Address);

        var result = Pipeline().Next(state, Message(ChestPain));

        Assert.Equal(AnswerKind.Urgent, result.Kind);
        Assert.Equal(SignupStep.None, state.Signup.Step);
    }

    [Fact]
    public void Cancel_DuringASignup_IsACommandNotAnAnswer()
    {
        var state = knowledge.SigningUp(SignupStep.Name);

        var result = Pipeline().Next(state, Message("cancel"));

        Assert.Equal(ReplyText.SignupCancelled, result.Replies[0].Text);
    }

    [Fact]
    public void TooLongRedFlag_IsAskedToBeShorterAsBefore()
    {
        var result = Pipeline().Next(new ConversationData(), Message($"{ChestPain} {new string('x', MessageLength.Max)}"));

        Assert.Equal(ReplyText.TooLong, result.Replies[0].Text);
    }

    [Fact]
    public void No_WhileSigningUp_AnswersTheSignupNotTheOffers()
    {
        var state = knowledge.SigningUp(SignupStep.Consent);

        Pipeline().Next(state, Message("no"));

        Assert.False(state.OffersDeclined);
        Assert.Equal(SignupStep.Confirm, state.Signup.Step);
        Assert.False(state.Signup.MarketingConsent);
    }

    [Fact]
    public void EveryMessage_GetsAResultAndCountsTheTurnSinceARedFlag()
    {
        var state = new ConversationData { TurnsSinceUrgent = 0 };

        var result = Pipeline().Next(state, Message("What is the best laptop for gaming?"));

        Assert.Equal(AnswerKind.NoAnswer, result.Kind);
        Assert.Equal(1, state.TurnsSinceUrgent);
    }

    private TurnPipeline Pipeline() =>
        new(knowledge.Knowledge, TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new BrandOptions { Contact = "Email care@example.com." }));

    private static UserMessage Message(string text) => new(text, StepsKnowledge.UserId, "sms", Locale: "en-GB");
}
