using System.Text.RegularExpressions;
using GutSkin.Data;
using GutSkin.EndToEnd.Tests.Support;
using GutSkin.Knowledge;

namespace GutSkin.EndToEnd.Tests.MultiInstance;

/// <summary>
/// One conversation served by two bot processes on one PostgreSQL database, every turn going to the other process:
/// the bot keeps nothing in memory between turns, so any instance can carry on where the last one stopped.
/// </summary>
public sealed partial class TwoInstancesTests(TwoBotInstances instances) : IClassFixture<TwoBotInstances>, IDisposable
{
    private const string Address = "12 High Street, Bristol, BS1 4DJ";

    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task Signup_AlternatingBetweenInstancesTurnByTurn_StoresOneCompleteLead()
    {
        var chat = new BotConversation(http, "user-" + Guid.NewGuid().ToString("N"));
        var email = UniqueEmail();

        var details = await SignUpAsync(chat, [instances.First, instances.Second], "Ann Smith", email, Address, "07700 900123");

        var lead = Assert.Single(await LeadsForAsync(email));
        Assert.Equal("trial", lead.Offer);
        Assert.Equal("Ann Smith", lead.Name);
        Assert.Equal(Address, lead.Address);
        Assert.Equal(details.Phone, lead.Phone);
        Assert.True(lead.AgeConfirmed);
        Assert.True(lead.MarketingConsent);
        Assert.NotNull(lead.ConsentAt);
        Assert.Equal(TrialConsentVersion(), lead.ConsentVersion);
        Assert.Equal(chat.UserId, lead.UserId);
        Assert.Equal(BotConversation.TextChannel, lead.Channel);
        Assert.Equal(lead.CreatedAt, lead.UpdatedAt);
        Assert.InRange(lead.ConsentAt.Value, lead.CreatedAt.AddMinutes(-5), lead.CreatedAt);
    }

    [Fact]
    public async Task DeleteMyData_OnTheInstanceThatDidNotSaveTheLead_DeletesTheLeadAndTheConversation()
    {
        var chat = new BotConversation(http, "user-" + Guid.NewGuid().ToString("N"));
        var email = UniqueEmail();
        var details = await SignUpAsync(chat, [instances.First, instances.Second], "Ann Smith", email, Address, "skip");
        Assert.Single(await LeadsForAsync(email));
        var other = details.SavedBy == instances.First ? instances.Second : instances.First;

        // Asked on one instance and confirmed on the other: the pending question lives in the shared conversation state.
        var asked = await chat.SayAsync(details.SavedBy, "delete my data");
        var deleted = await chat.SayAsync(other, "yes");

        Assert.Contains("Are you sure?", asked, StringComparison.Ordinal);

        Assert.Contains("Done: I've deleted your trial signup", deleted, StringComparison.Ordinal);
        Assert.Empty(await LeadsForAsync(email));

        // The instance that saved the lead finds no conversation either: it greets the user as new.
        var greeting = await chat.SayAsync(details.SavedBy, "hi");
        Assert.Contains("I answer questions about the gut-skin connection", greeting, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signup_RepeatedWithTheSameEmailOnTheOtherInstance_UpdatesTheLeadInsteadOfAddingOne()
    {
        var userId = "user-" + Guid.NewGuid().ToString("N");
        var email = UniqueEmail();
        await SignUpAsync(new BotConversation(http, userId), [instances.First], "Ann Smith", email, Address, "skip");
        var first = Assert.Single(await LeadsForAsync(email));

        // A later visit: a new conversation, the other instance, the address typed with a capital and new details.
        var details = await SignUpAsync(
            new BotConversation(http, userId), [instances.Second], "Ann Jones", "A" + email[1..], "3 Low Road, York, YO1 7HH", "07700 900456");

        var lead = Assert.Single(await LeadsForAsync(email));
        Assert.Equal("Ann Jones", lead.Name);
        Assert.Equal("3 Low Road, York, YO1 7HH", lead.Address);
        Assert.Equal(details.Phone, lead.Phone);
        Assert.Equal(first.CreatedAt, lead.CreatedAt);
        Assert.True(lead.UpdatedAt > first.UpdatedAt, $"UpdatedAt {lead.UpdatedAt:O} should be later than {first.UpdatedAt:O}.");
    }

    public void Dispose() => http.Dispose();

    private static string UniqueEmail() => $"ann.{Guid.NewGuid():N}@example.com";

    private static string? TrialConsentVersion()
    {
        using var knowledge = LiveKnowledge.Load(RepositoryPaths.Knowledge);
        return knowledge.Current.Offers?.Trial.ConsentVersion;
    }

    /// <summary>
    /// The whole trial signup, turn i going to <c>turnsOn[i % turnsOn.Count]</c>. Each reply is checked, so an instance
    /// that did not see the previous turns' state fails the test at that turn.
    /// </summary>
    private static async Task<SignupDetails> SignUpAsync(
        BotConversation chat, IReadOnlyList<BotProcess> turnsOn, string name, string email, string address, string phone)
    {
        var turn = 0;
        BotProcess Next() => turnsOn[turn++ % turnsOn.Count];

        AssertSaid("I answer questions about the gut-skin connection", await chat.JoinAsync(Next()));
        AssertSaid("What's your name?", await chat.SayAsync(Next(), "sign me up for the trial"));
        AssertSaid($"Thanks, {name}. What email address should we send the trial details to?", await chat.SayAsync(Next(), name));
        AssertSaid("What's the shipping address for your free 3-day supply?", await chat.SayAsync(Next(), email));
        AssertSaid("What's a phone number for the delivery?", await chat.SayAsync(Next(), address));
        AssertSaid("The trial is for adults only. How old are you?", await chat.SayAsync(Next(), phone));
        AssertSaid("One last, separate question:", await chat.SayAsync(Next(), "34"));

        var summary = await chat.SayAsync(Next(), "yes");
        AssertSaid("Please check your details:", summary);
        AssertSaid($"- Name: {name}\n", summary);
        // The recognizer may give the address in lower case; the store lower-cases it anyway.
        Assert.Contains($"- Email: {email}\n", summary, StringComparison.OrdinalIgnoreCase);
        AssertSaid($"- Shipping address: {address}\n", summary);
        AssertSaid("- Aged 18 or over: yes\n", summary);
        AssertSaid("- Emails with tips and offers: yes\n", summary);
        var shownPhone = PhoneLine().Match(summary).Groups["phone"].Value;

        var savedBy = Next();
        Assert.Contains(
            $"Thank you, {name}! Your free 3-day Life Greens trial is on its way to you, and we'll email {email} when it ships.",
            await chat.SayAsync(savedBy, "yes"),
            StringComparison.OrdinalIgnoreCase);
        return new SignupDetails(savedBy, shownPhone == "(none)" ? null : shownPhone);
    }

    private static void AssertSaid(string expected, string replies) => Assert.Contains(expected, replies, StringComparison.Ordinal);

    private async Task<IReadOnlyList<Lead>> LeadsForAsync(string email) =>
        [.. (await LeadReader.ListFromPostgresAsync(instances.ConnectionString))
            .Where(lead => string.Equals(lead.Email, email, StringComparison.OrdinalIgnoreCase))];

    [GeneratedRegex(@"^- Phone: (?<phone>.+)$", RegexOptions.Multiline)]
    private static partial Regex PhoneLine();

    private sealed record SignupDetails(BotProcess SavedBy, string? Phone);
}
