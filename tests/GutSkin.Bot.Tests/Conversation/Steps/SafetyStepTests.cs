using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;
using GutSkin.Knowledge.Safety;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Tests.Conversation.Steps;

[Collection(StepsCollection.Name)]
public sealed class SafetyStepTests(StepsKnowledge knowledge)
{
    private const string ChestPain = "I've had crushing chest pain for twenty minutes and my left arm feels heavy";

    private readonly SafetyStep step = new();

    [Fact]
    public void RedFlag_GetsOnlyTheEmergencyMessage()
    {
        var result = step.TryHandle(knowledge.Turn(ChestPain));

        var reply = Assert.Single(result!.Replies);
        Assert.StartsWith(EmergencyNumbers.Opening, reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.SuggestedActions);
        Assert.Equal(AnswerKind.Urgent, result.Kind);
    }

    [Fact]
    public void RedFlag_DuringASignup_EndsIt()
    {
        var state = knowledge.SigningUp(SignupStep.Address);

        step.TryHandle(knowledge.Turn(ChestPain, state));

        Assert.Equal(SignupStep.None, state.Signup.Step);
        Assert.Null(state.Signup.Name);
    }

    [Fact]
    public void RedFlag_AfterAreYouSureAboutDeleting_DropsTheQuestion()
    {
        // Otherwise the "yes" after the emergency message would delete the visitor's data.
        var state = new ConversationData { DeleteConfirmationAsked = true };

        step.TryHandle(knowledge.Turn(ChestPain, state));

        Assert.False(state.DeleteConfirmationAsked);
    }

    [Theory]
    [InlineData("Is eczema linked to gut health?")]
    [InlineData("Jane Smith")]
    [InlineData("Can I take probiotics while pregnant?")]
    public void NoRedFlag_LetsTheNextStepDecide(string text)
    {
        var state = new ConversationData { DeleteConfirmationAsked = true };

        Assert.Null(step.TryHandle(knowledge.Turn(text, state)));
        Assert.True(state.DeleteConfirmationAsked);
    }

    // The screen runs before the commands; no command is ever a red flag, so no command is lost to it.
    [Theory]
    [InlineData("start over")]
    [InlineData("delete my data")]
    [InlineData("delete my data for jane@example.com")]
    [InlineData("show my data")]
    [InlineData("cancel")]
    [InlineData("stop")]
    [InlineData("help")]
    [InlineData("👎 Not helpful")]
    [InlineData("Tell me more")]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData("none of these")]
    [InlineData("no thanks")]
    public void Commands_AreNeverRedFlags(string command)
    {
        Assert.Null(step.TryHandle(knowledge.Turn(command)));
    }
}
