using System.Text.RegularExpressions;
using GutSkin.EndToEnd.Tests.Support;
using Microsoft.Playwright;

namespace GutSkin.EndToEnd.Tests.MultiInstance;

/// <summary>The staff dashboard behind a load balancer without sticky sessions: the session cookie and the form tokens
/// one instance makes are read by the other, because both sign them with the key ring in their shared database. The
/// two instances are on one host (different ports), so the browser sends the same cookies to both, as to one site.</summary>
[Collection(EndToEndCollection.Name)] // the suite's browser; one group of bot processes at a time on this small machine
public sealed class DashboardAcrossInstancesTests(EndToEndFixture suite, TwoDashboardInstances instances) : IClassFixture<TwoDashboardInstances>
{
    [Fact]
    public async Task Session_SignedInOnOneInstance_RendersDownloadsCsvAndSignsOutOnTheOther()
    {
        // Arrange: signed in on the first instance.
        var page = await NewPageAsync();
        await page.GotoAsync(Address(instances.First, "/admin/login"));
        await page.GetByLabel("Admin key").FillAsync(TwoDashboardInstances.AdminKey);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin$"));
        var signOutFromFirst = await page.Locator("form[action$='/admin/logout'] input[name='__form']").InputValueAsync();

        // Act and assert: the second instance shows the dashboard, not the sign-in form.
        await page.GotoAsync(Address(instances.Second, "/admin"));
        Assert.Equal(Address(instances.Second, "/admin"), page.Url);
        await Assertions.Expect(page.Locator("#panel-unanswered")).ToBeVisibleAsync();

        // ...serves a table as CSV with that session...
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#panel-questions-per-day a[download]").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("day,questions,answered,declined,urgent,clinician\r\n", csv, StringComparison.Ordinal);

        // ...refuses a sign-out without the form token...
        var forged = await page.APIRequest.PostAsync(Address(instances.Second, "/admin/logout"), new APIRequestContextOptions { Form = Form(page), MaxRedirects = 0 });
        Assert.Equal(400, forged.Status);

        // ...and signs out with the form the first instance rendered, which ends the session on both.
        var signedOut = await page.APIRequest.PostAsync(
            Address(instances.Second, "/admin/logout"), new APIRequestContextOptions { Form = Form(page, ("__form", signOutFromFirst)), MaxRedirects = 0 });
        Assert.Equal(302, signedOut.Status);
        Assert.Equal("/admin/login", signedOut.Headers["location"]);
        foreach (var bot in new[] { instances.First, instances.Second })
        {
            await page.GotoAsync(Address(bot, "/admin"));
            Assert.Equal(Address(bot, "/admin/login"), page.Url);
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_FormFromOneInstancePostedToTheOther_StartsASessionBothAccept()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Address(instances.First, "/admin/login"));
        var token = await page.Locator("input[name='__form']").InputValueAsync();

        var signedIn = await page.APIRequest.PostAsync(
            Address(instances.Second, "/admin/login"),
            new APIRequestContextOptions { Form = Form(page, ("__form", token), ("key", TwoDashboardInstances.AdminKey)), MaxRedirects = 0 });

        Assert.Equal(302, signedIn.Status);
        Assert.Equal("/admin", signedIn.Headers["location"]);
        foreach (var bot in new[] { instances.First, instances.Second })
        {
            var dashboard = await page.APIRequest.GetAsync(Address(bot, "/admin"), new APIRequestContextOptions { MaxRedirects = 0 });
            Assert.Equal(200, dashboard.Status);
        }

        await page.Context.CloseAsync();
    }

    private static string Address(BotProcess bot, string path) => new Uri(bot.BaseAddress, path).ToString();

    private static IFormData Form(IPage page, params (string Name, string Value)[] fields)
    {
        var form = page.APIRequest.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }

        return form;
    }

    private async Task<IPage> NewPageAsync()
    {
        var context = await suite.Browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }
}
