using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Tests.Conversation.Steps;

/// <summary>Other languages, "no thanks", small talk, questions about the trial and about what the product does.</summary>
[Collection(StepsCollection.Name)]
public sealed class ConversationStepsTests(StepsKnowledge knowledge)
{
    private const string Contact = "Email care@example.com.";

    private readonly SmallTalkStep smallTalk = new(Microsoft.Extensions.Options.Options.Create(new BrandOptions { Contact = Contact }));

    [Fact]
    public void OtherLanguage_IsToldTheArticlesAreInEnglish()
    {
        var result = new OtherLanguageStep().TryHandle(knowledge.Turn("¿los probióticos ayudan con el eccema?"));

        Assert.Contains("nuestros artículos solo están en inglés", Assert.Single(result!.Replies).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void English_IsNotAnotherLanguage()
    {
        Assert.Null(new OtherLanguageStep().TryHandle(knowledge.Turn("Is eczema linked to gut health?")));
    }

    [Fact]
    public void NoThanks_StopsTheOffers()
    {
        var state = new ConversationData();

        var result = new DeclineOffersStep().TryHandle(knowledge.Turn("No thanks", state));

        Assert.Equal(ReplyText.OffersDeclined, Assert.Single(result!.Replies).Text);
        Assert.True(state.OffersDeclined);
    }

    [Theory]
    [InlineData("thanks", AnswerKind.Thanks, ReplyText.YoureWelcome)]
    [InlineData("thank you so much!", AnswerKind.Thanks, ReplyText.YoureWelcome)]
    [InlineData("bye", AnswerKind.Goodbye, ReplyText.Goodbye)]
    [InlineData("are you a bot?", AnswerKind.AboutBot, ReplyText.AboutBot)]
    [InlineData("asdfgh", AnswerKind.Gibberish, ReplyText.NotUnderstood)]
    public void SmallTalk_GetsItsReplyAndKind(string text, AnswerKind kind, string reply)
    {
        var turn = knowledge.Turn(text);

        var result = smallTalk.TryHandle(turn);

        Assert.Equal(reply, Assert.Single(result!.Replies).Text);
        Assert.Equal(kind, result.Kind);
        Assert.Null(turn.Answer.Section);
    }

    [Fact]
    public void Hello_WelcomesOnceThenSaysHelloAgain()
    {
        var state = new ConversationData();

        var first = smallTalk.TryHandle(knowledge.Turn("hello", state));
        var second = smallTalk.TryHandle(knowledge.Turn("hi there", state));

        Assert.Contains(ReplyText.Disclaimer, first!.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(ReplyText.HelloAgain, second!.Replies[0].Text);
        Assert.Equal(AnswerKind.Greeting, second.Kind);
    }

    [Fact]
    public void AskingForAPerson_GetsTheBrandsContact()
    {
        var result = smallTalk.TryHandle(knowledge.Turn("can I talk to a real person"));

        Assert.Equal($"{ReplyText.NoPerson}{Contact}", result!.Replies[0].Text);
    }

    [Fact]
    public void Question_IsNotSmallTalk()
    {
        Assert.Null(smallTalk.TryHandle(knowledge.Turn("Is eczema linked to gut health?")));
    }

    [Fact]
    public void QuestionAboutTheTrial_GetsTheFactWithTheDisclaimer()
    {
        var trial = knowledge.Knowledge.Current.Offers!.Trial;

        var result = new TrialFactStep().TryHandle(knowledge.Turn("how much does life greens cost"));

        var reply = Assert.Single(result!.Replies);
        Assert.StartsWith(trial.Facts!["price"], reply.Text, StringComparison.Ordinal);
        Assert.EndsWith($"_{trial.Disclaimer}_", reply.Text, StringComparison.Ordinal);
        Assert.Equal(Phrases.StartTrial, reply.SuggestedActions![0]);
        Assert.Equal(AnswerKind.TrialFacts, result.Kind);
    }

    [Fact]
    public void OtherQuestion_IsNotATrialFact()
    {
        Assert.Null(new TrialFactStep().TryHandle(knowledge.Turn("Is eczema linked to gut health?")));
    }

    [Fact]
    public void WhatTheProductDoesForACondition_IsNotClaimed()
    {
        var result = new ProductClaimStep().TryHandle(knowledge.Turn("Does Life Greens cure eczema?"));

        var reply = Assert.Single(result!.Replies);
        Assert.StartsWith(ReplyText.NoProductClaims, reply.Text, StringComparison.Ordinal);
        Assert.EndsWith(ReplyText.ArticlesInstead, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void QuestionAboutProbiotics_IsNotAProductClaim()
    {
        Assert.Null(new ProductClaimStep().TryHandle(knowledge.Turn("Do probiotics help eczema?")));
    }
}
