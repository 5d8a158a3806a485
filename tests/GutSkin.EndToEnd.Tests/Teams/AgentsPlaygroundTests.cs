using System.Text.RegularExpressions;
using GutSkin.EndToEnd.Tests.Support;
using Microsoft.Playwright;

namespace GutSkin.EndToEnd.Tests.Teams;

/// <summary>The bot in Microsoft's own Teams emulator (Microsoft 365 Agents Playground, msteams mode), against the real bot process.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class AgentsPlaygroundTests(EndToEndFixture fixture)
{
    private const string BotMessages = ".fai-OutputCard";
    private const string ChatBox = "[data-lexical-editor=\"true\"][role=\"textbox\"]";

    [Fact]
    public async Task Playground_InTeams_WelcomesFollowsASuggestedActionAndAnswersAQuestionThatMentionsTheBot()
    {
        // Arrange
        await using var playground = await AgentsPlayground.StartAsync(new Uri(fixture.Bot.BaseAddress, "/api/messages"));
        var page = await fixture.NewPageAsync();
        await page.RouteAsync(new Regex(@"cdn\.office\.net"), route => route.AbortAsync());
        await page.GotoAsync(playground.BaseAddress.ToString());

        // Act and Assert: the personal chat welcomes; a topic button (suggested action) answers.
        await BotMessage(page, "not medical advice").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Eczema", Exact = true }).ClickAsync();
        await BotMessage(page, "From:").WaitForAsync();

        // In a group chat the question arrives as "<at>Test Bot</at> can probiotics help eczema" with a mention entity.
        await page.GetByRole(AriaRole.Treeitem, new PageGetByRoleOptions { Name = "Group Chat" }).ClickAsync();
        await page.Locator(ChatBox).ClickAsync();
        await page.Keyboard.TypeAsync("@");
        await page.Locator("#typeahead-menu").GetByRole(AriaRole.Menuitem).First.ClickAsync();
        await page.Keyboard.TypeAsync(" can probiotics help eczema");
        await page.Keyboard.PressAsync("Enter");
        await BotMessage(page, "From: What is the Link Between Gut Health and Eczema?").WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = RepositoryPaths.ScreenshotPath("playground-teams-group-answer") });
        await page.Context.CloseAsync();
    }

    private static ILocator BotMessage(IPage page, string text) =>
        page.Locator(BotMessages).Filter(new LocatorFilterOptions { HasText = text }).Last;
}
