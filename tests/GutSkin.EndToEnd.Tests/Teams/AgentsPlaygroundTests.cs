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

    [Fact]
    public async Task Playground_InTeamsPersonalChat_TakesTheSignupFormAndStoresTheLead()
    {
        // Arrange
        var email = $"jane.teams.{Guid.NewGuid():N}@example.com";
        await using var playground = await AgentsPlayground.StartAsync(new Uri(fixture.Bot.BaseAddress, "/api/messages"));
        var page = await fixture.NewPageAsync();
        await page.RouteAsync(new Regex(@"cdn\.office\.net"), route => route.AbortAsync());
        await page.GotoAsync(playground.BaseAddress.ToString());
        await BotMessage(page, "not medical advice").WaitForAsync();

        // Act: ask for the trial in the personal chat, fill in the card Teams shows, and send it.
        await page.Locator(ChatBox).ClickAsync();
        await page.Keyboard.TypeAsync("sign me up for the trial");
        await page.Keyboard.PressAsync("Enter");
        var form = page.Locator(BotMessages).Filter(new LocatorFilterOptions { Has = page.GetByLabel("Postcode or ZIP") }).Last;
        await form.WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = RepositoryPaths.ScreenshotPath("playground-teams-signup-form"), FullPage = true });
        await form.GetByLabel("Your name").FillAsync("Jane Teams");
        await form.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = "Email address" }).FillAsync(email);
        await form.GetByLabel("Your age, or your date of birth").FillAsync("34");
        await form.GetByLabel("Street, and town or city").FillAsync("1600 Pennsylvania Ave NW, Washington, DC");
        await form.GetByLabel("Postcode or ZIP").FillAsync("20500");

        // The Playground's locale is en-US: the country starts as the United States.
        await Assertions.Expect(form.GetByRole(AriaRole.Combobox, new LocatorGetByRoleOptions { Name = "Country" })).ToHaveValueAsync("United States");
        await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Send my details" }).ClickAsync();
        await BotMessage(page, "Please check your details").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Yes", Exact = true }).Last.ClickAsync();
        await BotMessage(page, "Thank you, Jane Teams!").WaitForAsync();

        // Assert
        var lead = Assert.Single(await LeadReader.ListAsync(fixture.Bot.DataDirectory), l => l.Email == email);
        Assert.Equal("msteams", lead.Channel);
        Assert.Equal("1600 Pennsylvania Ave NW, Washington, DC, 20500, United States", lead.Address);
        Assert.False(lead.MarketingConsent);
        await page.Context.CloseAsync();
    }

    private static ILocator BotMessage(IPage page, string text) =>
        page.Locator(BotMessages).Filter(new LocatorFilterOptions { HasText = text }).Last;
}
