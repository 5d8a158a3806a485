using GutSkin.EndToEnd.Tests.Support;
using Microsoft.Playwright;

namespace GutSkin.EndToEnd.Tests.WebChat;

/// <summary>The one-line launcher (<c>embed.js</c>) on the brand's site, served from a second loopback origin, against a
/// real bot process that allows that origin: keyboard use, focus, the conversation kept across the site's pages,
/// axe, and no Content-Security-Policy violation on either side.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class LauncherEmbedTests(EndToEndFixture fixture)
{
    private const string Question = "can probiotics help eczema";

    [Fact]
    public async Task Launcher_OnAnAllowedSite_OpensChatByKeyboardAndKeepsTheConversationAcrossPages()
    {
        // Arrange
        BotProcess? bot = null;
        await using var site = await EmbeddingSite.StartAsync(() => bot!.BaseAddress);
        await using var startedBot = await BotProcess.StartAsync(new Dictionary<string, string> { ["WebChat__AllowedOrigins__0"] = site.Origin });
        bot = startedBot;
        var page = await fixture.NewPageAsync();
        var violations = await CspViolations.WatchAsync(page.Context);
        await page.GotoAsync($"{site.Origin}/home.html");
        var launcher = page.GetByRole(AriaRole.Button, new() { Name = "Ask GutSkin" });
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Ask GutSkin" });
        var chat = page.FrameLocator("iframe[title='GutSkin chat']");
        var sendBox = chat.Locator("[data-id=\"webchat-sendbox-input\"]");
        await Assertions.Expect(launcher).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        // Act and Assert: open with the keyboard; focus goes to the chat's send box.
        await launcher.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(launcher).ToHaveAttributeAsync("aria-expanded", "true");
        // The first turn of a bot process just started loads the articles and the recognizers: give it longer.
        await BotMessage(chat, "not medical advice").WaitForAsync(new() { Timeout = 90_000 });
        await Assertions.Expect(sendBox).ToBeFocusedAsync();

        await sendBox.FillAsync(Question);
        await sendBox.PressAsync("Enter");
        await BotMessage(chat, "From:").WaitForAsync();
        await chat.Locator(".webchat__suggested-action").Last.WaitForAsync();

        // Tab and Shift+Tab stay inside the dialog, whatever the chat's own stops are.
        var close = dialog.GetByRole(AriaRole.Button, new() { Name = "Close chat" });
        await close.FocusAsync();
        for (var i = 0; i < 12; i++)
        {
            await page.Keyboard.PressAsync(i % 4 == 3 ? "Shift+Tab" : "Tab");
            Assert.True(await FocusIsInDialogAsync(page), $"Tab {i + 1} left the chat dialog.");
        }

        // Escape typed inside the chat closes it, and focus returns to the launcher.
        await sendBox.FocusAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(launcher).ToBeFocusedAsync();

        // Another page of the site: reopen, and the conversation is still there and carries on.
        await page.GetByRole(AriaRole.Link, new() { Name = "Shop" }).ClickAsync();
        await page.WaitForURLAsync($"{site.Origin}/shop.html", new() { WaitUntil = WaitUntilState.DOMContentLoaded }); // the chat frame loads later, on the launcher
        await launcher.ClickAsync();
        await BotMessage(chat, "From:").WaitForAsync();
        await Assertions.Expect(chat.Locator(".webchat__bubble--from-user", new() { HasText = Question })).ToHaveCountAsync(1);
        var disclaimers = await BotMessage(chat, "not medical advice").CountAsync();
        await sendBox.FillAsync("what foods help psoriasis");
        await sendBox.PressAsync("Enter");
        await Assertions.Expect(chat.Locator(".webchat__bubble--from-user")).ToHaveCountAsync(2);
        await BotMessage(chat, "From:").Nth(1).WaitForAsync();
        Assert.Equal(disclaimers, await BotMessage(chat, "not medical advice").CountAsync()); // said once per conversation: the same one

        var serious = new List<string>();
        serious.AddRange(await Axe.SeriousViolationsAsync(page.MainFrame));
        serious.AddRange(await Axe.SeriousViolationsAsync(page.Frames.Single(f => f.Url.StartsWith(bot.BaseAddress.ToString(), StringComparison.Ordinal))));
        Assert.True(serious.Count == 0, "axe found: " + string.Join("; ", serious));
        var reported = await violations.ReportedAsync(page);
        Assert.True(reported.Count == 0, "CSP violations: " + string.Join("; ", reported));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = RepositoryPaths.ScreenshotPath("launcher-open") });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Launcher_OnASiteNotAllowed_CannotFrameTheChat()
    {
        // Arrange: the shared bot allows no other origin.
        await using var site = await EmbeddingSite.StartAsync(() => fixture.Bot.BaseAddress);
        var page = await fixture.NewPageAsync();
        var refused = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("frame-ancestors", StringComparison.Ordinal))
            {
                refused.TrySetResult(message.Text);
            }
        };
        await page.GotoAsync($"{site.Origin}/home.html");

        // Act
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask GutSkin" }).ClickAsync();

        // Assert
        var message = await refused.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Contains("frame-ancestors 'self'", message, StringComparison.Ordinal);
        Assert.Equal(0, await page.FrameLocator("iframe[title='GutSkin chat']").Locator("[data-id=\"webchat-sendbox-input\"]").CountAsync());
        await page.Context.CloseAsync();
    }

    private static ILocator BotMessage(IFrameLocator chat, string text) =>
        chat.Locator(".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content", new() { HasText = text });

    private static Task<bool> FocusIsInDialogAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.getElementById('gutskin-chat-panel').contains(document.activeElement)");
}
