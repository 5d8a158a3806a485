using System.Net;
using System.Text.RegularExpressions;
using GutSkin.Bot.Admin;
using GutSkin.Bot.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GutSkin.Bot.Tests.Admin;

public sealed partial class DashboardLoginTests
{
    private const string Key = "test-admin-key-0123456789abcdef";

    [Fact]
    public async Task Dashboard_WithoutConfiguredKey_Returns404()
    {
        using var host = new BotHost();

        using var response = await host.Client.GetAsync("/admin/login");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Login_WithoutTheFormToken_IsRefused()
    {
        using var host = new BotHost(("Admin:ApiKey", Key));
        using var client = NoRedirects(host);

        using var response = await client.PostAsync("/admin/login", new FormUrlEncodedContent([new("key", Key)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith(AdminSession.CookieName + "=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Login_WithTheKey_SetsAStrictHttpOnlySessionCookieThatIsNotTheKey()
    {
        using var host = new BotHost(("Admin:ApiKey", Key));
        using var client = NoRedirects(host);

        using var response = await LogInAsync(client, Key);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.ToString());
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), v => v.StartsWith(AdminSession.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("path=/admin", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Key, cookie, StringComparison.Ordinal);
        using var dashboard = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task Login_AfterFiveWrongKeys_LocksTheAddressOutEvenForTheRightKey()
    {
        using var host = new BotHost(("Admin:ApiKey", Key));
        using var client = NoRedirects(host);

        for (var i = 0; i < LoginThrottle.MaxFailures; i++)
        {
            using var wrong = await LogInAsync(client, "wrong-key-wrong-key-wrong-key");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var locked = await LogInAsync(client, Key);

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Contains("Too many wrong keys from this address. Try again in 15 minutes.", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(locked.Headers.RetryAfter);
        using var dashboard = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
    }

    [Theory]
    [InlineData("/admin/export/nothing.csv", HttpStatusCode.NotFound, "There is no table called 'nothing'")]
    [InlineData("/admin/export/unanswered.csv?from=2026-02-30", HttpStatusCode.BadRequest, "The 'from' date must be a date like")]
    [InlineData("/admin/export/unanswered.csv?from=2026-05-02&to=2026-05-01", HttpStatusCode.BadRequest, "must not be after")]
    [InlineData("/admin/export/unanswered.csv?from=2024-01-01&to=2026-01-01", HttpStatusCode.BadRequest, "at most 366 days")]
    public async Task Export_WithBadInput_SaysWhy(string address, HttpStatusCode expected, string reason)
    {
        using var host = new BotHost(("Admin:ApiKey", Key));
        using var client = NoRedirects(host);
        (await LogInAsync(client, Key)).Dispose();

        using var response = await client.GetAsync(address);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static HttpClient NoRedirects(BotHost host) =>
        host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static async Task<HttpResponseMessage> LogInAsync(HttpClient client, string key)
    {
        var form = await client.GetStringAsync("/admin/login");
        var token = FormToken().Match(form).Groups[1].Value;
        return await client.PostAsync("/admin/login", new FormUrlEncodedContent([new("__form", WebUtility.HtmlDecode(token)), new("key", key)]));
    }

    [GeneratedRegex("name=\"__form\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
