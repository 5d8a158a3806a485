using System.Net;
using System.Text.RegularExpressions;
using GutSkin.Bot.Conversation;
using GutSkin.Bot.Email;
using GutSkin.Bot.Tests.Support;
using GutSkin.Data;
using GutSkin.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace GutSkin.Bot.Tests.Email;

/// <summary>"Delete my data for jane@example.com" through the real host and Bot Framework adapter, with MailKit
/// sending to a real SMTP server on loopback: only the owner of the address, by the emailed link's button, deletes what
/// is stored under it, and the chat never says whether an address has signed up.</summary>
public sealed partial class DeletionLinkTests : IAsyncLifetime
{
    private const string Email = "oona.dellacqua@example.org";

    private readonly SmtpTestServer smtp = new();
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await smtp.DisposeAsync();

    [Fact]
    public async Task DeleteMyDataForAnAddress_FromAnotherChat_EmailsALinkWhosePostDeletesEverythingUnderIt()
    {
        using var host = Host();
        await SignUpAndConfirmAsync(host);
        var signedUpBy = Assert.Single(await host.Service<ILeadStore>().ListAsync(CancellationToken.None)).UserId;

        // Another device: a new conversation and user.
        var reply = Assert.Single(await host.SayAsync($"please delete my data for {Email}", Guid.NewGuid().ToString("N"), "phone-user"));

        Assert.Contains("If details are stored under", reply, StringComparison.Ordinal);
        Assert.Single(await host.Service<ILeadStore>().ListAsync(CancellationToken.None));
        var message = smtp.Messages[^1];
        Assert.Equal(Email, Assert.IsType<MailboxAddress>(Assert.Single(message.To)).Address);
        Assert.Contains("Delete your details", message.Subject, StringComparison.Ordinal);
        var link = Link(message);
        Assert.DoesNotContain("oona", link.AbsoluteUri, StringComparison.OrdinalIgnoreCase);

        // A mail scanner following the link must not delete anything.
        using var page = await host.Client.GetAsync(link);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<form method=\"post\" action=\"delete\"", html, StringComparison.Ordinal);
        Assert.Contains("Delete my details", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Single(await host.Service<ILeadStore>().ListAsync(CancellationToken.None));

        var (status, deletedPage) = await PostAsync(host, Token(link));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Your details are deleted", deletedPage, StringComparison.Ordinal);
        Assert.Empty(await host.Service<ILeadStore>().ListAsync(CancellationToken.None));
        Assert.Empty(await host.Service<ILeadStore>().ListForUserAsync(signedUpBy, CancellationToken.None));
        Assert.Equal(DeletionRequester.EmailLink, (await host.Service<ILeadStore>().ListDeletionsAsync(CancellationToken.None))[^1].RequestedBy);
        var (again, _) = await PostAsync(host, Token(link));
        Assert.Equal(HttpStatusCode.OK, again);
    }

    [Fact]
    public async Task DeleteMyDataForAnAddressNobodySignedUpWith_GetsTheSameReplyAndSendsNoEmail()
    {
        using var host = Host();
        await SignUpAndConfirmAsync(host);
        var sent = smtp.Messages.Count;
        var known = Assert.Single(await host.SayAsync($"delete my data for {Email}", Guid.NewGuid().ToString("N"), "user-a"));
        Assert.Equal(sent + 1, smtp.Messages.Count);

        var unknown = Assert.Single(await host.SayAsync("delete my data for nobody.here@example.org", Guid.NewGuid().ToString("N"), "user-b"));

        Assert.Equal(known.Replace(MarkdownText.Escape(Email), "X", StringComparison.Ordinal), unknown.Replace(MarkdownText.Escape("nobody.here@example.org"), "X", StringComparison.Ordinal));
        Assert.Equal(sent + 1, smtp.Messages.Count);
    }

    [Fact]
    public async Task DeletionLink_ChangedExpiredOrAConfirmationToken_IsRefusedAndDeletesNothing()
    {
        using var host = Host();
        var confirmationToken = await SignUpAndConfirmAsync(host);
        await host.SayAsync($"delete my data for {Email}", Guid.NewGuid().ToString("N"), "user-c");
        var token = Token(Link(smtp.Messages[^1]));
        var changed = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];

        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(host, changed)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(host, confirmationToken)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(host, "not a token")).Status);
        clock.Advance(TimeSpan.FromHours(49));
        var (expired, page) = await PostAsync(host, token);
        Assert.Equal(HttpStatusCode.Gone, expired);
        Assert.Contains("nothing was deleted", page, StringComparison.Ordinal);
        Assert.Single(await host.Service<ILeadStore>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task DeleteMyDataInTheChat_WithEmailOn_SaysHowToDeleteWhatAnotherChatStored()
    {
        using var host = Host();
        var conversation = Guid.NewGuid().ToString("N");
        await host.SayAsync("delete my data", conversation);

        var report = Assert.Single(await host.SayAsync("yes", conversation));

        Assert.Contains("Done", report, StringComparison.Ordinal);
        Assert.Contains(ReplyText.OtherChatsHint, report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteMyDataForAnAddress_WithEmailOff_SaysOnlyThisChatCanBeDeletedAndThePageIsNotFound()
    {
        using var host = new BotHost();

        var reply = Assert.Single(await host.SayAsync($"delete my data for {Email}", Guid.NewGuid().ToString("N")));
        using var page = await host.Client.GetAsync($"{DeletionLinks.Path}?token=abc");

        Assert.Contains("I can only delete what was stored in this chat", reply, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    private BotHost Host() => new(services => services.AddSingleton<TimeProvider>(clock), EmailSettings.For(smtp));

    // Signs up with the text steps and confirms by the emailed link; returns the confirmation token.
    private async Task<string> SignUpAndConfirmAsync(BotHost host)
    {
        var conversation = Guid.NewGuid().ToString("N");
        foreach (var turn in (string[])["sign me up for the trial", "My name is Oona Dellacqua", Email, "27 Zebedee Crescent, Bristol, BS1 4DJ", "skip", "34", "no", "yes"])
        {
            await host.SayAsync(turn, conversation, "laptop-user");
        }

        var token = Uri.UnescapeDataString(ConfirmationLink().Match(smtp.Messages[^1].TextBody ?? string.Empty).Value.Split("?token=")[1]);
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("token", token)]);
        using var confirmed = await host.Client.PostAsync("/signup/confirm", form);
        confirmed.EnsureSuccessStatusCode();
        return token;
    }

    private static Uri Link(MimeMessage message) => new(DeletionLink().Match(message.TextBody ?? string.Empty).Value);

    private static string Token(Uri link) => Uri.UnescapeDataString(link.Query["?token=".Length..]);

    private static async Task<(HttpStatusCode Status, string Html)> PostAsync(BotHost host, string token)
    {
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("token", token)]);
        using var response = await host.Client.PostAsync(DeletionLinks.Path, form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex(@"http://localhost/data/delete\?token=\S+")]
    private static partial Regex DeletionLink();

    [GeneratedRegex(@"http://localhost/signup/confirm\?token=\S+")]
    private static partial Regex ConfirmationLink();
}
