using System.Text.RegularExpressions;
using GutSkin.EndToEnd.Tests.Support;
using Microsoft.Playwright;

namespace GutSkin.EndToEnd.Tests.Admin;

/// <summary>The staff dashboard in headless Chromium, on a database seeded by talking to the real bot.</summary>
[Collection(EndToEndCollection.Name)] // one bot process at a time with the rest of the suite: run beside it, this one lost its bot
public sealed class DashboardTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task Admin_WithoutASession_RedirectsToTheLoginForm()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync(Address("/admin"));

        Assert.EndsWith("/admin/login", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByLabel("Admin key")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Export_WithoutASession_GivesNoData()
    {
        var page = await fixture.NewPageAsync();

        var response = await page.APIRequest.GetAsync(Address("/admin/export/unanswered.csv"), new APIRequestContextOptions { MaxRedirects = 0 });

        Assert.Equal(302, response.Status);
        Assert.Equal("/admin/login", response.Headers["location"]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Login_WithAWrongKey_IsRefusedWithAMessage()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(Address("/admin/login"));

        await page.GetByLabel("Admin key").FillAsync("not-the-key-not-the-key-123");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("That key is not right");
        Assert.EndsWith("/admin/login", page.Url, StringComparison.Ordinal);
        Assert.Empty(await page.Context.CookiesAsync(Address("/admin")) is var cookies ? cookies.Where(c => c.Name == "gutskin-admin") : []);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Dashboard_AfterLogin_ShowsTheRealNumbersDownloadsCsvAndLogsOut()
    {
        // Arrange
        var page = await fixture.NewPageAsync();
        var csp = await CspViolations.WatchAsync(page.Context);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // Act: log in with the key.
        await page.GotoAsync(Address("/admin"));
        await page.GetByLabel("Admin key").FillAsync(DashboardFixture.AdminKey);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin$"));

        // Assert: the panels, with what the seeding conversations did.
        Assert.Equal($"{today} | 5 | 1 | 3 | 0 | 0", await CellsAsync(page, "questions-per-day", today));
        Assert.Equal("answered | 1 | 20.0 %", await CellsAsync(page, "answer-shares", "answered"));
        Assert.Equal("declined (no answer in the articles) | 3 | 60.0 %", await CellsAsync(page, "answer-shares", "declined"));
        Assert.Equal("offer or trial question | 1 | 20.0 %", await CellsAsync(page, "answer-shares", "offer"));
        Assert.EndsWith(" | 1", await CellsAsync(page, "top-sections", "eczema"), StringComparison.Ordinal);
        Assert.EndsWith(" | 0 | 1", await CellsAsync(page, "feedback", "eczema"), StringComparison.Ordinal);
        Assert.Equal($"{today} | 1 | 0 | 0.0 %", await CellsAsync(page, "signups-per-day", today));
        Assert.Matches(new Regex(@"^(is kombucha good for my skin|does kombucha help my skin) \| 2 \| 2 \| (is kombucha good for my skin|does kombucha help my skin)$"), await CellsAsync(page, "unanswered", "kombucha"));
        Assert.Equal("how do i fix my car's brakes | 1 | 1 | ", await CellsAsync(page, "unanswered", "brakes"));

        // Every chart drawn by the vendored Chart.js, with no Content-Security-Policy violation.
        foreach (var chart in new[] { "questions-per-day", "answer-shares", "top-sections", "feedback", "signups-per-day" })
        {
            Assert.True(await page.EvaluateAsync<bool>($"() => !!Chart.getChart(document.getElementById('chart-{chart}'))"), $"chart {chart} not drawn");
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = RepositoryPaths.ScreenshotPath("admin-dashboard"), FullPage = true });
        var serious = await Axe.SeriousViolationsAsync(page.MainFrame);
        Assert.True(serious.Count == 0, "axe found: " + string.Join("; ", serious));
        Assert.Empty(await csp.ReportedAsync(page));

        // No personal data and never the key, in the page or its address.
        var html = await page.ContentAsync();
        Assert.DoesNotContain("@example.com", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Loadtest", html, StringComparison.Ordinal);
        Assert.DoesNotContain(DashboardFixture.AdminKey, html, StringComparison.Ordinal);
        Assert.DoesNotContain(DashboardFixture.AdminKey, page.Url, StringComparison.Ordinal);

        // One table as CSV.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#panel-unanswered a[download]").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("example question,times asked,wordings,other wordings\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("how do i fix my car's brakes,1,1,\r\n", csv, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"kombucha[^\r\n]*,2,2,"), csv);

        // Logout: back at the login, and the dashboard needs the key again.
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/login$"));
        await page.GotoAsync(Address("/admin"));
        Assert.EndsWith("/admin/login", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Dashboard_WithABadDate_SaysWhatToFix()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(Address("/admin/login"));
        await page.GetByLabel("Admin key").FillAsync(DashboardFixture.AdminKey);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin$"));

        var response = await page.GotoAsync(Address("/admin?from=2026-13-01"));

        Assert.Equal(400, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The 'from' date must be a date like");
        await page.Context.CloseAsync();
    }

    private string Address(string path) => new Uri(fixture.Bot.BaseAddress, path).ToString();

    /// <summary>The cells of the first row of <paramref name="table"/> that contains <paramref name="text"/>, joined by " | ".</summary>
    private static async Task<string> CellsAsync(IPage page, string table, string text)
    {
        var row = page.Locator($"#panel-{table} tbody tr").Filter(new LocatorFilterOptions { HasText = text }).First;
        return string.Join(" | ", await row.Locator("td").AllInnerTextsAsync());
    }
}
