using GutSkin.EndToEnd.Tests.Support;
using Microsoft.Playwright;

namespace GutSkin.EndToEnd.Tests.WebChat;

/// <summary>The page's layout after an answer, on a phone (390x844) and a laptop (1366x900), asserted with element boxes;
/// the screenshots are kept in <c>TestResults/screenshots</c> under the test output folder.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class PageLayoutTests(EndToEndFixture fixture)
{
    [Theory]
    [InlineData(true, "layout-phone-answer")]
    [InlineData(false, "layout-desktop-answer")]
    public async Task AnswerWithOffers_FitsTheViewport_CardsWholeButtonsInTwoRowsDisclaimerShown(bool phone, string screenshot)
    {
        // Arrange
        var page = await fixture.NewPageAsync(phone);
        var failed = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add($"{response.Status} {response.Url}");
            }
        };
        var chat = new WebChatPage(page);
        await chat.OpenAsync(fixture.Bot.BaseAddress);
        await chat.WaitForBotAsync("not medical advice");

        // Act
        await chat.SayAsync("can probiotics help eczema", "From:");
        var cards = page.Locator(".ac-adaptiveCard");
        await Assertions.Expect(cards).ToHaveCountAsync(2);
        await chat.SuggestedAction("Helpful").WaitForAsync(); // in both the follow-up and the did-you-mean row
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = RepositoryPaths.ScreenshotPath(screenshot) });

        // Assert
        var column = await BoxAsync(page.Locator(".chat"));
        Assert.True(column.X >= 0 && column.X + column.Width <= page.ViewportSize!.Width, "The chat column is wider than the viewport.");
        var (guide, trial) = await SettledBoxesAsync(cards.Nth(0), cards.Nth(1));
        foreach (var (name, card) in new[] { ("guide", guide), ("trial", trial) })
        {
            Assert.True(
                card.X >= column.X && card.X + card.Width <= column.X + column.Width,
                $"The {name} card spans {card.X}..{card.X + card.Width}px, outside the chat column's {column.X}..{column.X + column.Width}px.");
        }

        if (phone)
        {
            Assert.True(trial.Y >= guide.Y + guide.Height, $"On a phone the trial card (top {trial.Y}) should sit below the guide card (bottom {guide.Y + guide.Height}).");
        }

        var buttons = page.Locator(".webchat__suggested-action");
        var rows = new HashSet<int>();
        for (var i = 0; i < await buttons.CountAsync(); i++)
        {
            rows.Add((int)Math.Round((await BoxAsync(buttons.Nth(i))).Y));
        }

        Assert.True(rows.Count <= 2, $"The {await buttons.CountAsync()} feedback and follow-up buttons take {rows.Count} rows.");

        var header = await BoxAsync(page.Locator(".site-header"));
        Assert.True(!phone || header.Height <= 64, $"The header is {header.Height}px high on a phone.");
        await Assertions.Expect(page.GetByText("General information, not medical advice")).ToBeInViewportAsync();
        await Assertions.Expect(chat.SendBox).ToBeInViewportAsync();
        Assert.True(failed.Count == 0, "Failed requests: " + string.Join(", ", failed));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Favicon_IsServed()
    {
        // Arrange
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.Bot.BaseAddress.ToString());
        var href = await page.Locator("link[rel=icon]").GetAttributeAsync("href");

        // Act
        var response = await page.APIRequest.GetAsync(new Uri(fixture.Bot.BaseAddress, href).ToString());

        // Assert
        Assert.Equal(200, response.Status);
        Assert.Equal("image/svg+xml", response.Headers["content-type"]);
        await page.Context.CloseAsync();
    }

    // The cards keep moving while Web Chat lays out the activity and their images load: measure once two readings agree.
    private static async Task<(LocatorBoundingBoxResult First, LocatorBoundingBoxResult Second)> SettledBoxesAsync(ILocator first, ILocator second)
    {
        var previous = (await BoxAsync(first), await BoxAsync(second));
        for (var reading = 0; reading < 50; reading++)
        {
            await Task.Delay(100);
            var current = (await BoxAsync(first), await BoxAsync(second));
            if (Same(current.Item1, previous.Item1) && Same(current.Item2, previous.Item2))
            {
                return current;
            }

            previous = current;
        }

        return previous;
    }

    private static bool Same(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X == b.X && a.Y == b.Y && a.Width == b.Width && a.Height == b.Height;

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException($"{locator} is not shown.");
}
