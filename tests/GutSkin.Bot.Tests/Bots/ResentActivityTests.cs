using GutSkin.Bot.Tests.Support;
using GutSkin.Data;
using Newtonsoft.Json.Linq;

namespace GutSkin.Bot.Tests.Bots;

/// <summary>Channels resend an activity whose reply they did not see, with the same id. Through the real CloudAdapter
/// over HTTP, a resend is not applied a second time.</summary>
public sealed class ResentActivityTests : IDisposable
{
    private readonly BotHost host = new();

    [Fact]
    public async Task ResentYesToTheMarketingQuestion_DoesNotSkipTheSummaryOrSaveTheLead()
    {
        var conversation = await SignupUpToConsentAsync("jane.resent.yes@example.com");
        var yes = BotHost.Message("yes", conversation);

        var first = await SendAsync(yes);
        var resent = await SendAsync(yes);

        Assert.Contains(first, r => r.Contains("Please check your details", StringComparison.Ordinal));
        Assert.DoesNotContain(resent, r => r.Contains("Thank you", StringComparison.Ordinal));
        Assert.Empty(await LeadsAsync("jane.resent.yes@example.com"));

        // The summary is still waiting for the visitor's own answer.
        var confirmed = await host.SayAsync("yes", conversation);
        Assert.Contains(confirmed, r => r.Contains("Thank you, Jane Smith", StringComparison.Ordinal));
        var lead = Assert.Single(await LeadsAsync("jane.resent.yes@example.com"));
        Assert.True(lead.MarketingConsent);
    }

    [Fact]
    public async Task ResentNo_DoesNotCancelTheSignup()
    {
        var conversation = await SignupUpToConsentAsync("jane.resent.no@example.com");
        var no = BotHost.Message("no", conversation);

        var first = await SendAsync(no);
        var resent = await SendAsync(no);
        var confirmed = await host.SayAsync("yes", conversation);

        Assert.Contains(first, r => r.Contains("Emails with tips and offers: no", StringComparison.Ordinal));
        Assert.DoesNotContain(resent, r => r.Contains("haven't signed you up", StringComparison.Ordinal));
        Assert.Contains(confirmed, r => r.Contains("Thank you, Jane Smith", StringComparison.Ordinal));
        var lead = Assert.Single(await LeadsAsync("jane.resent.no@example.com"));
        Assert.False(lead.MarketingConsent);
    }

    [Fact]
    public async Task ResentFormSubmit_IsAppliedOnce_AndALaterSubmitStoresNoSecondLead()
    {
        var conversation = Guid.NewGuid().ToString("N");
        await host.SayAsync("sign me up for the trial", conversation, channel: "webchat");
        var submit = BotHost.Message(string.Empty, conversation, channel: "webchat");
        submit.Remove("text");
        submit["value"] = new JObject
        {
            ["form"] = "trial-signup", ["name"] = "Jane Smith", ["email"] = "jane.resent.form@example.com", ["age"] = "34",
            ["street"] = "12 High Street, Bristol", ["postcode"] = "BS1 4DJ", ["country"] = "GB", ["marketingConsent"] = "false",
        };

        var first = await SendAsync(submit);
        var resent = await SendAsync(submit);
        var confirmed = await host.SayAsync("yes", conversation, channel: "webchat");
        submit["id"] = Guid.NewGuid().ToString("N");
        var later = await SendAsync(submit);

        Assert.Contains(first, r => r.Contains("Please check your details", StringComparison.Ordinal));
        Assert.Empty(resent);
        Assert.Contains(confirmed, r => r.Contains("Thank you, Jane Smith", StringComparison.Ordinal));
        Assert.Contains(later, r => r.Contains("already been sent or was cancelled", StringComparison.Ordinal));
        Assert.Single(await LeadsAsync("jane.resent.form@example.com"));
    }

    [Fact]
    public async Task MessagesWithNewIds_AreAllHandled_EvenAfterManyTurns()
    {
        var conversation = Guid.NewGuid().ToString("N");
        for (var i = 0; i < 25; i++)
        {
            Assert.NotEmpty(await host.SayAsync("hello", conversation));
        }
    }

    public void Dispose() => host.Dispose();

    private async Task<string> SignupUpToConsentAsync(string email)
    {
        var conversation = Guid.NewGuid().ToString("N");
        foreach (var line in new[] { "sign me up for the trial", "Jane Smith", email, "12 High Street, Bristol, BS1 4DJ", "skip", "I'm 34" })
        {
            await host.SayAsync(line, conversation);
        }

        return conversation;
    }

    private async Task<IReadOnlyList<string>> SendAsync(JObject activity)
    {
        using var response = await host.PostAsync(activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        return body.Length == 0 ? [] : [.. (JObject.Parse(body)["activities"] ?? new JArray()).Select(a => (string?)a["text"] ?? string.Empty)];
    }

    private async Task<IReadOnlyList<Lead>> LeadsAsync(string email) =>
        [.. (await host.Service<ILeadStore>().ListAsync(CancellationToken.None)).Where(l => l.Email == email)];
}
