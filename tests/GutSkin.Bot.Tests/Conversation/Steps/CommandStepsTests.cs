using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;

namespace GutSkin.Bot.Tests.Conversation.Steps;

/// <summary>Start over, the visitor's data, cancel and help: whole-message commands only.</summary>
[Collection(StepsCollection.Name)]
public sealed class CommandStepsTests(StepsKnowledge knowledge)
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
