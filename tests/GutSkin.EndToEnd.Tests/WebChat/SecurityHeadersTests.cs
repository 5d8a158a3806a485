using GutSkin.EndToEnd.Tests.Support;

namespace GutSkin.EndToEnd.Tests.WebChat;

/// <summary>The security headers on the page, its scripts, the APIs and early refusals, over HTTP. The browser tests
/// check that the page works under the policy and that nothing violates it.</summary>
public sealed class SecurityHeadersTests
{
    private const string AllowedOrigin = "https://www.gutskin.example";

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/js/chat.js")]
    [InlineData("GET", "/embed.js")]
    [InlineData("GET", "/lib/botframework-webchat/webchat.js")]
    [InlineData("GET", "/api/webchat/config")]
    [InlineData("POST", "/api/directline/token")]
    [InlineData("POST", "/api/messages")]
    [InlineData("GET", "/healthz")]
    [InlineData("GET", "/no-such-page")]
    public async Task Response_Always_CarriesSecurityHeaders(string method, string path)
    {
        // Arrange
        using var host = new BotHost(new Dictionary<string, string>());
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        // Act
        using var response = await client.SendAsync(request);

        // Assert
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.EndsWith("frame-ancestors 'self'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Policy_WithAllowedOriginsAndRegionalDirectLine_LetsThoseSitesFrameThePageAndConnects()
    {
        // Arrange
        using var host = new BotHost(new Dictionary<string, string>
        {
            ["WebChat:AllowedOrigins:0"] = AllowedOrigin,
            ["WebChat:AllowedOrigins:1"] = "http://127.0.0.1:8080",
            ["WebChat:DirectLineEndpoint"] = "https://europe.directline.botframework.com/",
        });
        using var client = host.CreateClient();

        // Act
        using var response = await client.GetAsync("/");

        // Assert
        var directives = Assert.Single(response.Headers.GetValues("Content-Security-Policy")).Split("; ");
        Assert.Contains($"frame-ancestors 'self' {AllowedOrigin} http://127.0.0.1:8080", directives);
        Assert.Contains("connect-src 'self' https://europe.directline.botframework.com wss://europe.directline.botframework.com", directives);
    }

    [Fact]
    public async Task Response_RefusedByTheRateLimiter_StillCarriesSecurityHeaders()
    {
        // Arrange
        using var host = new BotHost(new Dictionary<string, string> { ["WebChat:TokensPerClientPerMinute"] = "1" });
        using var client = host.CreateClient();
        (await client.PostAsync("/api/directline/token", content: null)).Dispose();

        // Act
        using var response = await client.PostAsync("/api/directline/token", content: null);

        // Assert
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }
}
