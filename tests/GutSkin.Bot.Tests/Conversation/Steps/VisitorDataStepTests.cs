using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;

namespace GutSkin.Bot.Tests.Conversation.Steps;

[Collection(StepsCollection.Name)]
public sealed class VisitorDataStepTests(StepsKnowledge knowledge)
{
    [Fact]
    public void DeleteMyData_AsksFirstAndDeletesOnlyOnYes()
    {
        var state = new ConversationData();
        var step = new VisitorDataStep();

        var asked = step.TryHandle(knowledge.Turn("delete my data", state));
        var confirmed = step.TryHandle(knowledge.Turn("yes", state));

        Assert.False(asked!.DeleteUserData);
        Assert.Equal([VisitorDataRequests.ConfirmDelete, VisitorDataRequests.KeepData], asked.Replies[0].SuggestedActions);
        Assert.True(confirmed!.DeleteUserData);
    }

    [Fact]
    public void DeleteMyDataForAnAddress_AsksForALinkToThatAddressAndDeletesNothingHere()
    {
        var state = new ConversationData { DeleteConfirmationAsked = true };

        var result = new VisitorDataStep().TryHandle(knowledge.Turn("please delete my data for jane@example.com", state));

        Assert.Equal("jane@example.com", result!.DeletionLinkFor);
        Assert.False(result.DeleteUserData);
        Assert.False(state.DeleteConfirmationAsked);
    }

    [Fact]
    public void ShowMyData_InAGroupChat_IsNotShown()
    {
        var result = new VisitorDataStep().TryHandle(knowledge.Turn("show my data", inGroup: true));

        Assert.False(result!.ShowUserData);
        Assert.Contains("private chat", result.Replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Question_IsNotADataRequest()
    {
        Assert.Null(new VisitorDataStep().TryHandle(knowledge.Turn("Is eczema linked to gut health?")));
    }
}
