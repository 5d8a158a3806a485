using System.Globalization;
using System.Text.RegularExpressions;
using GutSkin.EndToEnd.Tests.Support;
using GutSkin.Testing;
using Microsoft.Playwright;

namespace GutSkin.EndToEnd.Tests.Email;

/// <summary>Double opt-in end to end: the real bot process sends the confirmation e-mail to a real SMTP server on
/// loopback, and Chromium follows the link from the received message and presses the button.</summary>
[Collection(EndToEndCollection.Name)] // one bot process at a time with the rest of the suite: run beside it, this one lost its bot
public sealed partial class ConfirmationLinkTests
{
    private const string Email = "philippa.quaintance@example.org";

    [Fact]
    public async Task LinkFromTheReceivedEmail_OpenedInChromium_ConfirmsTheSignupUnderThePolicy()
    {
        // Arrange
        await using var smtp = new SmtpTestServer();
        var port = FreePort.Next();
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string>
        {
            ["Email__SmtpHost"] = "127.0.0.1",
            ["Email__SmtpPort"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Email__Security"] = "None",
            ["Email__From"] = "Life Greens <hello@brand.example>",
            ["Email__LinkSigningKey"] = "end-to-end-link-signing-key-0123456789",
            ["Email__PublicBaseUrl"] = "http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture),
        }, port);
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };
        var conversation = new BotConversation(http, "e2e-optin");
        foreach (var turn in new[] { "sign me up for the trial", "My name is Philippa Quaintance", Email, "27 Zebedee Crescent, Bristol, BS1 4DJ", "skip", "34", "no", "yes" })
        {
            await conversation.SayAsync(bot, turn);
        }

        var message = Assert.Single(smtp.Messages);
        var link = LinkPattern().Match(message.TextBody ?? string.Empty).Value;
        Assert.Empty(await LeadReader.ListAsync(bot.DataDirectory));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync();
        var violations = await CspViolations.WatchAsync(context);
        var page = await context.NewPageAsync();

        // Act
        await page.GotoAsync(link);
        var asked = await page.Locator("h1").InnerTextAsync();
        var leadsBeforeClick = await LeadReader.ListAsync(bot.DataDirectory);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my signup" }).ClickAsync();
        await page.WaitForURLAsync("**/signup/confirm");
        var answered = await page.Locator("h1").InnerTextAsync();

        // Assert
        Assert.Equal("Confirm your signup", asked);
        Assert.Empty(leadsBeforeClick);
        Assert.Equal("Confirmed", answered);
        Assert.Equal(Email, Assert.Single(await LeadReader.ListAsync(bot.DataDirectory)).Email);
        Assert.Empty(await violations.ReportedAsync(page));
        await context.DisposeAsync();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/signup/confirm\?token=\S+")]
    private static partial Regex LinkPattern();
}
