using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Tests.Conversation.Steps;

[Collection(StepsCollection.Name)]
public sealed class SignupFormStepTests(StepsKnowledge knowledge)
{
    private static readonly SignupForm Valid = new("Jane Smith", "jane@example.com", "34", "12 High Street, Bristol", "BS1 4DJ", "GB", string.Empty, false);

    private readonly SignupFormStep step = new();

    [Fact]
    public void TypedText_IsNotAForm()
    {
        Assert.Null(step.TryHandle(knowledge.Turn("Jane Smith", WaitingForForm())));
    }

    [Fact]
    public void ValidForm_ShowsTheSummary()
    {
        var state = WaitingForForm();

        var result = step.TryHandle(knowledge.FormTurn(Valid, state));

        Assert.StartsWith("Please check your details:", Assert.Single(result!.Replies).Text, StringComparison.Ordinal);
        Assert.Equal(SignupStep.Confirm, state.Signup.Step);
    }

    [Fact]
    public void UnreadableForm_WhileWaiting_IsAskedAgainWithTheForm()
    {
        var result = step.TryHandle(knowledge.FormTurn(null, WaitingForForm()));

        Assert.Equal(ReplyText.FormUnreadable, result!.Replies[0].Text);
        Assert.NotNull(result.Replies[1].Form);
    }

    [Fact]
    public void Form_WhenNoSignupWaits_StoresNothing()
    {
        var result = step.TryHandle(knowledge.FormTurn(Valid, new ConversationData()));

        Assert.Equal(ReplyText.FormNotWaiting, Assert.Single(result!.Replies).Text);
        Assert.Null(result.Lead);
    }

    [Fact]
    public void RedFlagInAField_GetsTheEmergencyMessageAndEndsTheSignup()
    {
        var state = WaitingForForm();

        var result = step.TryHandle(knowledge.FormTurn(Valid with { Street = "I have chest pain and can't breathe" }, state));

        Assert.Equal(AnswerKind.Urgent, result!.Kind);
        Assert.Equal(SignupStep.None, state.Signup.Step);
    }

    private ConversationData WaitingForForm()
    {
        var state = new ConversationData();
        TrialSignupFlow.Start(state.Signup, knowledge.Knowledge.Current.Offers!.Trial, SignupForm.Empty("en-GB"));
        return state;
    }
}
