using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GutSkin.EndToEnd.Tests.Support;

/// <summary>The bot's web chat page, through the Web Chat selectors checked in shared/notes/real-clients.md.</summary>
internal sealed class WebChatPage(IPage page)
{
    private const string BotMessages = ".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content";

    public IPage Page => page;

    public ILocator SendBox => page.Locator("[data-id=\"webchat-sendbox-input\"]");

    public ILocator BotMessagesLocator => page.Locator(BotMessages);

    public async Task OpenAsync(Uri baseAddress)
    {
        await page.GotoAsync(baseAddress.ToString());
        await SendBox.WaitForAsync();
    }

    /// <summary>Waits for a bot message containing <paramref name="text"/> and returns its whole text.</summary>
    public async Task<string> WaitForBotAsync(string text)
    {
        var message = BotMessagesLocator.Filter(new LocatorFilterOptions { HasText = text }).Last;
        await message.WaitForAsync();
        return await message.InnerTextAsync();
    }

    /// <summary>Types a message, sends it with Enter, and waits for the bot message that answers it.</summary>
    public async Task<string> SayAsync(string text, string expectedReply)
    {
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
        return await WaitForBotAsync(expectedReply);
    }

    /// <summary>The latest suggested action whose whole text is <paramref name="title"/> ("Helpful" must not find "Not helpful").</summary>
    public ILocator SuggestedAction(string title) =>
        page.Locator(".webchat__suggested-action").Filter(new LocatorFilterOptions { HasTextRegex = new Regex($@"^\W*{Regex.Escape(title)}\s*$") }).Last;
}
