using GutSkin.EndToEnd.Tests.Support;
using Microsoft.Playwright;

namespace GutSkin.EndToEnd.Tests.WebChat;

/// <summary>The page at <c>/</c> in a real browser against the real bot process (local mode: no app id, no Azure).</summary>
[Collection(EndToEndCollection.Name)]
public sealed class WebChatPageTests(EndToEndFixture fixture)
{
    [Fact]
    public async Task WebChatPage_AnswersQuestionAndTakesFeedback()
    {
        // Arrange
        var page = await fixture.NewPageAsync();
        var chat = new WebChatPage(page);
        await chat.OpenAsync(fixture.Bot.BaseAddress);

        // Act and Assert, step by step: each step waits for the bot's own words.
        var welcome = await chat.WaitForBotAsync("not medical advice");
        Assert.Contains("gut-skin connection", welcome, StringComparison.Ordinal);
        Assert.Equal("GutSkin: ask about gut and skin health", await page.TitleAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = RepositoryPaths.ScreenshotPath("webchat-welcome") });

        var answer = await chat.SayAsync("can probiotics help eczema", "From: What is the Link Between Gut Health and Eczema?");
        Assert.Contains("probiotic", answer, StringComparison.OrdinalIgnoreCase);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = RepositoryPaths.ScreenshotPath("webchat-answer") });

        await chat.SuggestedAction("Helpful").ClickAsync();
        await chat.WaitForBotAsync("Thanks for letting me know!");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WebChatPage_UnderItsContentSecurityPolicy_AnswersWithCardsAndNoViolation()
    {
        // Arrange
        var page = await fixture.NewPageAsync();
        var violations = await CspViolations.WatchAsync(page.Context);
        var chat = new WebChatPage(page);

        // Act
        var document = await page.GotoAsync(fixture.Bot.BaseAddress.ToString());
        await chat.WaitForBotAsync("not medical advice");
        await chat.SayAsync("can probiotics help eczema", "From:");
        await page.Locator(".ac-adaptiveCard", new PageLocatorOptions { HasText = "Free 3-day Life Greens trial" }).WaitForAsync();

        // Assert
        var headers = await document!.AllHeadersAsync();
        Assert.Contains("script-src 'self';", headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        var reported = await violations.ReportedAsync(page);
        Assert.True(reported.Count == 0, "CSP violations: " + string.Join("; ", reported));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WebChatPage_OnPhoneViewport_ShowsNoteSendBoxAndTappableTopics()
    {
        // Arrange
        var page = await fixture.NewPageAsync(phone: true);
        var chat = new WebChatPage(page);

        // Act
        await chat.OpenAsync(fixture.Bot.BaseAddress);
        await chat.WaitForBotAsync("not medical advice");
        var topic = chat.SuggestedAction("Eczema");
        await topic.WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = RepositoryPaths.ScreenshotPath("webchat-phone") });

        // Assert
        await Assertions.Expect(page.GetByText("General information, not medical advice")).ToBeVisibleAsync();
        await Assertions.Expect(chat.SendBox).ToBeInViewportAsync();
        var box = await topic.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Height >= 44, $"The topic button is {box.Height}px high; tap targets should be at least 44px.");
        var pageWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(pageWidth <= 390, $"The page is {pageWidth}px wide on a 390px phone: it scrolls sideways.");
        await page.Context.CloseAsync();
    }
}
