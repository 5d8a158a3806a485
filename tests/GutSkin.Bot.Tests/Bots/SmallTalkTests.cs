using GutSkin.Bot.Tests.Support;

namespace GutSkin.Bot.Tests.Bots;

/// <summary>What the understanding stage decides, as a visitor sees it through the real bot.</summary>
public sealed class SmallTalkTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task AskingForAPerson_GetsTheBrandsContactAndIsNotRecorded()
    {
        var conversation = fixture.StartConversation();

        var turn = await conversation.SayAsync("can I talk to a real person");

        Assert.Contains(BotFixture.BrandContact, turn.Text, StringComparison.Ordinal);
        Assert.Equal(0, await fixture.Unanswered.DeleteForUserAsync(conversation.UserId, CancellationToken.None));
    }

    [Fact]
    public async Task KeyboardMashing_IsAskedToRephraseAndNotRecorded()
    {
        var conversation = fixture.StartConversation();

        var turn = await conversation.SayAsync("asdfgh");

        Assert.Contains("didn't understand", turn.Text, StringComparison.Ordinal);
        Assert.Equal(0, await fixture.Unanswered.DeleteForUserAsync(conversation.UserId, CancellationToken.None));
    }

    [Fact]
    public async Task FollowUp_IsAnsweredAboutTheLastTopic()
    {
        var conversation = fixture.StartConversation();
        await conversation.SayAsync("what is psoriasis");

        var turn = await conversation.SayAsync("what causes it");

        Assert.Contains("From: What is the Link Between Gut Health and Psoriasis?", turn.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PriceOfTheTrial_IsAnsweredFromOffersWithTheDisclaimer()
    {
        var conversation = fixture.StartConversation();

        var turn = await conversation.SayAsync("how much does life greens cost");

        Assert.Contains("The trial is free", turn.Text, StringComparison.Ordinal);
        Assert.Contains("not intended to diagnose, treat, cure or prevent any disease", turn.Text, StringComparison.Ordinal);
        Assert.Contains(GutSkin.Bot.Conversation.Phrases.StartTrial, turn.SuggestedActions);
    }
}
