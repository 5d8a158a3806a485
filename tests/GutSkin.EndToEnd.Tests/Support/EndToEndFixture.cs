using Microsoft.Playwright;

namespace GutSkin.EndToEnd.Tests.Support;

/// <summary>One real bot process and one headless Chromium, shared by the browser tests and torn down after them.</summary>
public sealed class EndToEndFixture : IAsyncLifetime
{
    private BotProcess? bot;
    private IPlaywright? playwright;
    private IBrowser? browser;

    internal BotProcess Bot => bot ?? throw new InvalidOperationException("The fixture has not started.");

    internal IBrowser Browser => browser ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        // Fail early, with what to run, rather than half-way through a browser test.
        RepositoryPaths.NodeModule(Path.Combine("axe-core", "axe.min.js"));
        RepositoryPaths.NodeModule(Path.Combine("@microsoft", "m365agentsplayground", "cli.js"));

        bot = await BotProcess.StartAsync();
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (bot is not null)
        {
            await bot.DisposeAsync();
        }
    }

    /// <summary>A fresh browser context (no shared cookies or storage) with a page; a phone-size viewport on request.</summary>
    internal async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(phone
            ? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, DeviceScaleFactor = 2, IsMobile = true, HasTouch = true }
            : new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }
}
