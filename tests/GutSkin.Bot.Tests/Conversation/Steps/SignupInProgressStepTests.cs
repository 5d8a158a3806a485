using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Tests.Conversation.Steps;

[Collection(StepsCollection.Name)]
public sealed class SignupInProgressStepTests(StepsKnowledge knowledge)
{
    private readonly SignupInProgressStep step = new();

    [Fact]
    public void NoSignup_LetsTheNextStepDecide()
    {
        Assert.Null(step.TryHandle(knowledge.Turn("Jane Smith")));
    }

    [Fact]
    public void Answer_GoesToTheSignupsQuestion()
    {
        var state = knowledge.SigningUp(SignupStep.Name);

        var result = step.TryHandle(knowledge.Turn("my name is Jane Smith", state));

        Assert.Equal(ReplyText.AskEmail("Jane Smith"), Assert.Single(result!.Replies).Text);
        Assert.Equal(SignupStep.Email, state.Signup.Step);
        Assert.Null(result.Kind);
    }

    [Fact]
    public void Question_IsAnsweredThenTheSignupResumes()
    {
        var state = knowledge.SigningUp(SignupStep.Address);

        var result = step.TryHandle(knowledge.Turn("Is eczema linked to gut health?", state));

        Assert.Equal(AnswerKind.Answer, result!.Kind);
        Assert.Contains(result.Replies, r => r.Text.Contains("From: What is the Link Between Gut Health and Eczema?", StringComparison.Ordinal));
        Assert.Equal($"{ReplyText.ResumeSignup}{ReplyText.AskAddress}", result.Replies[^1].Text);
        Assert.Equal(SignupStep.Address, state.Signup.Step);
    }

    [Fact]
    public void ClinicianQuestion_IsReferredThenTheSignupResumes()
    {
        var state = knowledge.SigningUp(SignupStep.Phone);

        var result = step.TryHandle(knowledge.Turn("Can I take probiotics while pregnant?", state));

        Assert.Equal(AnswerKind.Clinician, result!.Kind);
        Assert.Equal(ReplyText.ClinicianReferral, result.Replies[0].Text);
        Assert.Equal($"{ReplyText.ResumeSignup}{ReplyText.AskPhone}", result.Replies[1].Text);
    }

    [Fact]
    public void AskingForTheGuide_SendsItAndKeepsTheSignup()
    {
        var state = knowledge.SigningUp(SignupStep.Address);

        var result = step.TryHandle(knowledge.Turn("send me the guide", state));

        Assert.Equal(ReplyText.GuideNoSignup, result!.Replies[0].Text);
        Assert.Single(result.Replies[0].Cards!);
        Assert.Equal(SignupStep.Address, state.Signup.Step);
    }

    [Fact]
    public void ConfirmedSummary_ProducesTheLeadAndEndsTheSignup()
    {
        var state = knowledge.SigningUp(SignupStep.Confirm);
        state.Signup.Name = "Jane Smith";
        state.Signup.Email = "jane@example.com";
        state.Signup.Address = "12 High Street, Bristol, BS1 4DJ";
        state.Signup.AgeConfirmed = true;
        state.Signup.MarketingConsent = false;

        var result = step.TryHandle(knowledge.Turn("yes", state));

        Assert.Equal("jane@example.com", result!.Lead!.Email);
        Assert.Equal(StepsKnowledge.UserId, result.Lead.UserId);
        Assert.False(result.Lead.MarketingConsent);
        Assert.Equal(SignupStep.None, state.Signup.Step);
        Assert.True(state.OfferShown);
        Assert.StartsWith(ReplyText.TrialOnItsWay("Jane Smith", "jane@example\\.com"), result.Replies[^1].Text, StringComparison.Ordinal);
    }
}
