using System.Net;
using System.Text.RegularExpressions;
using GutSkin.Bot.Conversation;
using GutSkin.Bot.Tests.Support;
using GutSkin.Data;
using GutSkin.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace GutSkin.Bot.Tests.Email;

/// <summary>Double opt-in through the real host and Bot Framework adapter, with MailKit sending to a real SMTP server
/// on loopback: the lead is stored, exported and counted only once the link's button is pressed.</summary>
public sealed partial class DoubleOptInTests : IAsyncLifetime
{
    private const string AdminKey = "test-admin-key-0123456789abcdef";
    private const string Email = "philippa.quaintance@example.org";
    private const string Name = "Philippa Quaintance";

    private readonly SmtpTestServer smtp = new();
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await smtp.DisposeAsync();

    [Fact]
    public async Task Signup_EmailArrives_LeadStoredOnlyWhenTheLinkIsConfirmedByPost()
    {
        using var host = Host();

        var replies = await SignUpAsync(host, Email, Name);

        Assert.Contains("check your inbox", replies[^1], StringComparison.Ordinal);
        Assert.Contains(MarkdownText.Escape(Email), replies[^1], StringComparison.Ordinal);
        Assert.Contains("48 hours", replies[^1], StringComparison.Ordinal);
        var message = Assert.Single(smtp.Messages);
        Assert.Equal(Email, Assert.IsType<MailboxAddress>(Assert.Single(message.To)).Address);
        Assert.Equal("Life Greens", Assert.IsType<MailboxAddress>(Assert.Single(message.From)).Name);
        Assert.Contains("Free 3-day Life Greens trial", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("ignore this email", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Confirm my signup", message.HtmlBody, StringComparison.Ordinal);
        var link = Link(message);
        Assert.Contains(link.AbsoluteUri, message.HtmlBody, StringComparison.Ordinal);
        Assert.Empty(await host.Service<ILeadStore>().ListAsync(CancellationToken.None));
        Assert.DoesNotContain(Email, await ExportAsync(host), StringComparison.Ordinal);

        // A mail scanner following the link must not confirm anything.
        using var page = await host.Client.GetAsync(link);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<form method=\"post\"", html, StringComparison.Ordinal);
        Assert.Contains("Confirm my signup", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Empty(await host.Service<ILeadStore>().ListAsync(CancellationToken.None));

        var (confirmed, confirmedPage) = await PostAsync(host, Token(link));
        Assert.Equal(HttpStatusCode.OK, confirmed);
        Assert.Contains("Confirmed", confirmedPage, StringComparison.Ordinal);
        var lead = Assert.Single(await host.Service<ILeadStore>().ListAsync(CancellationToken.None));
        Assert.Equal((Email, Name), (lead.Email, lead.Name));
        Assert.Contains(Email, await ExportAsync(host), StringComparison.Ordinal);

        var (again, againPage) = await PostAsync(host, Token(link));
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Contains("already confirmed", againPage, StringComparison.Ordinal);
        Assert.Single(await host.Service<ILeadStore>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ShowMyData_BeforeTheLinkIsUsed_ListsTheSignupWaitingForConfirmation()
    {
        using var host = Host();
        var conversation = await SignUpInConversationAsync(host, Email, Name, "waiting-user");

        var shown = Assert.Single(await host.SayAsync("show my data", conversation, "waiting-user"));

        Assert.Contains("Waiting for you to confirm by email", shown, StringComparison.Ordinal);
        Assert.Contains(MarkdownText.Escape(Email), shown, StringComparison.Ordinal);
        Assert.Contains(Name, shown, StringComparison.Ordinal);
        Assert.DoesNotContain("I have no signup stored for you", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("signature")]
    [InlineData("payload")]
    [InlineData("garbage")]
    public async Task TamperedToken_GetsAFriendly400AndConfirmsNothing(string part)
    {
        using var host = Host();
        await SignUpAsync(host, Email, Name);
        var token = Token(Link(Assert.Single(smtp.Messages)));
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        var tampered = part switch
        {
            "signature" => token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1],
            "payload" => (token[0] == 'A' ? "B" : "A") + token[1..],
            _ => "not-a-token" + token[dot..],
        };

        using var page = await host.Client.GetAsync($"/signup/confirm?token={Uri.EscapeDataString(tampered)}");
        var (status, html) = await PostAsync(host, tampered);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Link not valid", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.Empty(await host.Service<ILeadStore>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ExpiredLink_GetsAFriendly410AndConfirmsNothing()
    {
        using var host = Host();
        await SignUpAsync(host, Email, Name);
        var link = Link(Assert.Single(smtp.Messages));

        clock.Advance(TimeSpan.FromHours(48) + TimeSpan.FromSeconds(1));
        using var page = await host.Client.GetAsync(link);
        var (status, html) = await PostAsync(host, Token(link));

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("expired", html, StringComparison.Ordinal);
        Assert.Empty(await host.Service<ILeadStore>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SomeoneElsesAddress_CannotReplaceTheConfirmedLead()
    {
        using var host = Host();
        await SignUpAsync(host, Email, Name, userId: "owner");
        await PostAsync(host, Token(Link(smtp.Messages[0])));

        var replies = await SignUpAsync(host, Email, "Mallory Impostor", userId: "impostor");
        var (status, html) = await PostAsync(host, Token(Link(smtp.Messages[1])));

        Assert.Contains("check your inbox", replies[^1], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("already been used", html, StringComparison.Ordinal);
        var lead = Assert.Single(await host.Service<ILeadStore>().ListAsync(CancellationToken.None));
        Assert.Equal((Name, "owner"), (lead.Name, lead.UserId));
    }

    [Fact]
    public async Task DeleteMyData_DeletesThePendingRequestAndItsLinkStopsWorking()
    {
        using var host = Host();
        var conversation = await SignUpInConversationAsync(host, Email, Name, "visitor");
        var link = Link(Assert.Single(smtp.Messages));

        await host.SayAsync("delete my data", conversation, "visitor");
        var done = await host.SayAsync("yes", conversation, "visitor");
        var (status, html) = await PostAsync(host, Token(link));

        Assert.Contains(done, r => r.Contains("waiting for your email confirmation", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Link no longer valid", html, StringComparison.Ordinal);
        Assert.Empty(await host.Service<ILeadStore>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SmtpServerUnreachable_SaysSoAndKeepsNothingAndLogsNoAddress()
    {
        using var host = Host(("Email:SmtpPort", SmtpTestServer.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var replies = await SignUpAsync(host, Email, Name, userId: "visitor");

        Assert.Contains("couldn't send the email", replies[^1], StringComparison.Ordinal);
        Assert.Contains("try again later", replies[^1], StringComparison.Ordinal);
        Assert.Equal(0, await host.Service<ISignupRequestStore>().DeleteForUserAsync("visitor", CancellationToken.None));
        Assert.Empty(await host.Service<ILeadStore>().ListAsync(CancellationToken.None));
        Assert.Contains(host.Logs.Entries, e => e.Message.Contains("Signup confirmation email not sent", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Entries, e => e.ToString().Contains(Email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task EmailOff_LogsItOnceStoresTheLeadAtOnceAndHasNoConfirmPage()
    {
        using var host = new BotHost(("Admin:ApiKey", AdminKey));

        var replies = await SignUpAsync(host, Email, Name);
        using var page = await host.Client.GetAsync("/signup/confirm?token=x.y");

        Assert.Contains("on its way", replies[^1], StringComparison.Ordinal);
        Assert.Single(await host.Service<ILeadStore>().ListAsync(CancellationToken.None));
        Assert.Single(host.Logs.Entries, e => e.Message.Contains("Email confirmation of signups (double opt-in) is switched off", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Theory]
    [InlineData("Email:LinkSigningKey", "too-short", "Email:LinkSigningKey")]
    [InlineData("Email:PublicBaseUrl", "http://bot.example.com", "Email:PublicBaseUrl")]
    [InlineData("Email:From", "hello@brand.example", "Email:From")]
    [InlineData("Email:SmtpPort", "0", "Email:SmtpPort")]
    [InlineData("Email:LinkLifetimeHours", "200", "Email:LinkLifetimeHours")]
    [InlineData("Email:UserName", "someone", "Email:Password")]
    public void Start_WithEmailOnAndABadSetting_FailsAndNamesIt(string key, string value, string named)
    {
        var failure = BotHost.StartFailure(Services, Settings((key, value)));

        var validation = Assert.IsType<OptionsValidationException>(failure is AggregateException aggregate ? aggregate.InnerException : failure);
        Assert.Contains(named, validation.Message, StringComparison.Ordinal);
    }

    private BotHost Host(params (string Key, string Value)[] overrides) => new(Services, Settings(overrides));

    private void Services(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);

    private (string Key, string Value)[] Settings(params (string Key, string Value)[] overrides) =>
        EmailSettings.For(smtp, [("Admin:ApiKey", AdminKey), .. overrides]);

    private static async Task<IReadOnlyList<string>> SignUpAsync(BotHost host, string email, string name, string userId = "http-user")
    {
        var conversation = Guid.NewGuid().ToString("N");
        IReadOnlyList<string> last = [];
        foreach (var turn in SignupTurns(email, name))
        {
            last = await host.SayAsync(turn, conversation, userId);
        }

        return last;
    }

    private static async Task<string> SignUpInConversationAsync(BotHost host, string email, string name, string userId)
    {
        var conversation = Guid.NewGuid().ToString("N");
        foreach (var turn in SignupTurns(email, name))
        {
            await host.SayAsync(turn, conversation, userId);
        }

        return conversation;
    }

    private static string[] SignupTurns(string email, string name) =>
        ["sign me up for the trial", $"My name is {name}", email, "27 Zebedee Crescent, Bristol, BS1 4DJ", "skip", "34", "no", "yes"];

    private static Uri Link(MimeMessage message) => new(LinkPattern().Match(message.TextBody ?? string.Empty).Value);

    private static string Token(Uri link) => Uri.UnescapeDataString(link.Query["?token=".Length..]);

    private static async Task<(HttpStatusCode Status, string Html)> PostAsync(BotHost host, string token)
    {
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("token", token)]);
        using var response = await host.Client.PostAsync("/signup/confirm", form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> ExportAsync(BotHost host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/leads.csv");
        request.Headers.Add("X-Admin-Key", AdminKey);
        using var response = await host.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex(@"http://localhost/signup/confirm\?token=\S+")]
    private static partial Regex LinkPattern();
}
