using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Tests.Conversation.Steps;

/// <summary>Offers asked for, clinician referrals, answers and the fallback.</summary>
[Collection(StepsCollection.Name)]
public sealed class AnswerStepsTests(StepsKnowledge knowledge)
{
    private const string EczemaTitle = "What is the Link Between Gut Health and Eczema?";

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

    [Fact]
    public void DoseQuestion_IsReferredToAClinician()
    {
        var result = new ClinicianStep().TryHandle(knowledge.Turn("Can I take probiotics while pregnant?"));

        Assert.Equal(ReplyText.ClinicianReferral, Assert.Single(result!.Replies).Text);
        Assert.Equal(AnswerKind.Clinician, result.Kind);
    }

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
