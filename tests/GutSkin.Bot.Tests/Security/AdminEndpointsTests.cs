using System.Net;
using GutSkin.Bot.Security;
using GutSkin.Bot.Tests.Support;
using GutSkin.Data;

namespace GutSkin.Bot.Tests.Security;

public sealed class AdminEndpointsTests
{
    private const string Key = "test-admin-key-0123456789abcdef";

    [Fact]
    public async Task LeadsCsv_WithoutConfiguredKey_Returns404()
    {
        using var host = new BotHost();
        using var request = Request("anything-at-all-0123456789");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("test-admin-key-0123456789abcdeF")]
    [InlineData("test-admin-key-0123456789abcdef ")]
    public async Task LeadsCsv_WithoutTheRightKey_Returns401(string? offered)
    {
        using var host = new BotHost(("Admin:ApiKey", Key));
        using var request = Request(offered);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("offer,email", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeadsCsv_WithTheKey_ReturnsLeadsAsSafeCsvThatIsNotCached()
    {
        using var host = new BotHost(("Admin:ApiKey", Key));
        var now = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        await host.Service<ILeadStore>().UpsertAsync(
            new Lead("trial", "jane@example.com", "=HYPERLINK(\"x\")", "12 High Street, Bristol", null, true, false, now, "v1", "user-1", "webchat", now, now),
            CancellationToken.None);
        using var request = Request(Key);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Equal(
            LeadsCsv.Header + "\r\n"
            + "trial,jane@example.com,\"'=HYPERLINK(\"\"x\"\")\",\"12 High Street, Bristol\",,true,false,2026-01-02T03:04:05Z,v1,webchat,2026-01-02T03:04:05Z,2026-01-02T03:04:05Z\r\n",
            csv);
    }

    private static HttpRequestMessage Request(string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/leads.csv");
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation(AdminEndpoints.KeyHeader, key);
        }

        return request;
    }
}
