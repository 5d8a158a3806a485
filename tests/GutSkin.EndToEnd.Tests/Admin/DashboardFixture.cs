using GutSkin.EndToEnd.Tests.Support;
using Microsoft.Playwright;

namespace GutSkin.EndToEnd.Tests.Admin;

/// <summary>A real bot process with the admin key set, a database seeded by talking to it (answered and unanswered
/// questions, a thumbs-down, a signup), and headless Chromium to look at its dashboard.</summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    /// <summary>The admin key the bot is started with (24 characters or more, as the bot requires).</summary>
    public const string AdminKey = "e2e-dashboard-key-0123456789";

    /// <summary>The unanswered questions asked, each in its own conversation. The two kombucha ones mean the same.</summary>
    public static readonly string[] Unanswered = ["is kombucha good for my skin", "does kombucha help my skin", "how do I fix my car's brakes"];

    private BotProcess? bot;
    private IPlaywright? playwright;
    private IBrowser? browser;

    internal BotProcess Bot => bot ?? throw new InvalidOperationException("The fixture has not started.");

    internal IBrowser Browser => browser ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        bot = await BotProcess.StartAsync(new Dictionary<string, string> { ["Admin__ApiKey"] = AdminKey });
        await SeedAsync(bot);
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

    /// <summary>A fresh browser context (no cookies) with a laptop-size page.</summary>
    internal async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 }, AcceptDownloads = true });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    private static async Task SeedAsync(BotProcess bot)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };

        var answered = new BotConversation(http, "dashboard-answered");
        await answered.JoinAsync(bot);
        Expect(await answered.SayAsync(bot, "can probiotics help eczema"), "From:");
        Expect(await answered.SayAsync(bot, "👎 Not helpful"), "improve our articles");

        foreach (var question in Unanswered)
        {
            var chat = new BotConversation(http, "dashboard-unanswered-" + Guid.NewGuid().ToString("N"));
            Expect(await chat.SayAsync(bot, question), "Here's what our articles cover");
        }

        var signup = new BotConversation(http, "dashboard-signup");
        var email = $"dana.{Guid.NewGuid():N}@example.com";
        foreach (var step in SignupLoad.Steps)
        {
            await signup.SayAsync(bot, step.Replace("{email}", email, StringComparison.Ordinal));
        }

        // Read back through the bot's own "show my data": the signup was stored.
        Expect(await signup.SayAsync(bot, "show my data"), email);
    }

    private static void Expect(string reply, string expected)
    {
        if (!reply.Contains(expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Seeding the dashboard's database: expected a reply with '{expected}', got: {reply}");
        }
    }
}
