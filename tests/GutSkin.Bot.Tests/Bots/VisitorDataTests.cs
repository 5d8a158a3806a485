using GutSkin.Bot.Conversation;
using GutSkin.Bot.Tests.Support;
using GutSkin.Data;

namespace GutSkin.Bot.Tests.Bots;

/// <summary>"Show my data" and a confirmed "delete my data", through the SDK's TestAdapter with a real SQLite file.</summary>
public sealed class VisitorDataTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Theory]
    [InlineData("what do you have about me")]
    [InlineData("Export my data")]
    [InlineData("show my data")]
    public async Task ShowMyData_AfterASignup_ShowsTheLeadWithConsentVersionAndTime(string request)
    {
        var conversation = fixture.StartConversation(BotFixture.TextChannel);
        var email = $"jane.show.{Guid.NewGuid():N}@example.com";
        await SignUpAsync(conversation, email);
        var lead = Assert.Single(await fixture.Leads.ListForUserAsync(conversation.UserId, CancellationToken.None));

        var turn = await conversation.SayAsync(request);

        Assert.Contains(MarkdownText.Escape(email), turn.Text, StringComparison.Ordinal);
        Assert.Contains("Jane Smith", turn.Text, StringComparison.Ordinal);
        Assert.Contains("BS1 4DJ", turn.Text, StringComparison.Ordinal);
        Assert.Contains("Emails with tips and offers: yes", turn.Text, StringComparison.Ordinal);
        Assert.Contains($"answered {lead.ConsentAt!.Value.UtcDateTime:d MMMM yyyy, HH:mm} UTC", turn.Text, StringComparison.Ordinal);
        Assert.Contains($"consent wording version {MarkdownText.Escape(lead.ConsentVersion)}", turn.Text, StringComparison.Ordinal);
        Assert.Contains(VisitorDataRequests.DeleteMyData, turn.SuggestedActions);
    }

    [Fact]
    public async Task ShowMyData_NothingStored_SaysSoAndShowsNoOneElsesData()
    {
        var someoneElse = fixture.StartConversation(BotFixture.TextChannel);
        await SignUpAsync(someoneElse, "someone.else@example.com");
        var conversation = fixture.StartConversation(BotFixture.TextChannel);

        var turn = await conversation.SayAsync("show my data");

        Assert.Contains("I have no signup stored for you.", turn.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("someone", turn.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteMyData_AnsweredNo_KeepsTheLead()
    {
        var conversation = fixture.StartConversation(BotFixture.TextChannel);
        await SignUpAsync(conversation, "jane.keep@example.com");

        var asked = await conversation.SayAsync("delete my data");
        var kept = await conversation.SayAsync(VisitorDataRequests.KeepData);

        Assert.Equal([VisitorDataRequests.ConfirmDelete, VisitorDataRequests.KeepData], asked.SuggestedActions);
        Assert.Contains("I haven't deleted anything", kept.Text, StringComparison.Ordinal);
        Assert.Single(await fixture.Leads.ListForUserAsync(conversation.UserId, CancellationToken.None));
    }

    [Fact]
    public async Task DeleteMyData_FollowedByAQuestion_AnswersItAndALaterYesDeletesNothing()
    {
        var conversation = fixture.StartConversation(BotFixture.TextChannel);
        await SignUpAsync(conversation, "jane.later@example.com");

        await conversation.SayAsync("delete my data");
        var answered = await conversation.SayAsync("Is eczema linked to gut health?");
        await conversation.SayAsync("yes");

        Assert.Contains("From: ", answered.Text, StringComparison.Ordinal);
        Assert.Single(await fixture.Leads.ListForUserAsync(conversation.UserId, CancellationToken.None));
    }

    [Fact]
    public async Task DeleteMyData_Confirmed_DeletesAndRecordsAVisitorDeletionInTheLog()
    {
        var conversation = fixture.StartConversation(BotFixture.TextChannel);
        await SignUpAsync(conversation, "jane.gone@example.com");
        var logged = (await fixture.Leads.ListDeletionsAsync(CancellationToken.None)).Count;

        await conversation.SayAllAsync("delete my data", "yes");
        var shown = await conversation.SayAsync("show my data");

        Assert.Empty(await fixture.Leads.ListForUserAsync(conversation.UserId, CancellationToken.None));
        var entry = (await fixture.Leads.ListDeletionsAsync(CancellationToken.None))[logged];
        Assert.Equal((DeletionRequester.Visitor, 1), (entry.RequestedBy, entry.LeadsDeleted));
        Assert.Contains("I have no signup stored for you.", shown.Text, StringComparison.Ordinal);
    }

    private static Task SignUpAsync(BotConversation conversation, string email) =>
        conversation.SayAllAsync("sign me up for the trial", "Jane Smith", email, "12 High Street, Bristol, BS1 4DJ", "skip", "34", "yes", "yes");
}
