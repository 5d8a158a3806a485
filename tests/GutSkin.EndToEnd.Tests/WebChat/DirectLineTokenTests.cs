using System.Net;
using System.Text.Json;
using GutSkin.EndToEnd.Tests.Support;
using Microsoft.Extensions.Options;

namespace GutSkin.EndToEnd.Tests.WebChat;

/// <summary><c>POST /api/directline/token</c> and <c>GET /api/webchat/config</c>, with the exchange going over real HTTP
/// to a fake Direct Line service on loopback.</summary>
public sealed class DirectLineTokenTests
{
    private const string AllowedOrigin = "https://www.gutskin.example";

    [Fact]
    public async Task Token_WithSecret_ExchangesItForATokenBoundToANewUser()
    {
        // Arrange
        await using var directLine = await FakeDirectLine.StartAsync();
        using var host = new BotHost(Settings(directLine.BaseAddress));
        using var client = host.CreateClient();

        // Act
        using var response = await client.SendAsync(TokenRequest(AllowedOrigin));
        var body = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(FakeDirectLine.Secret, body, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        using var json = JsonDocument.Parse(body);
        Assert.Equal(FakeDirectLine.IssuedToken, json.RootElement.GetProperty("token").GetString());
        Assert.Equal("conv-1", json.RootElement.GetProperty("conversationId").GetString());
        Assert.Equal(new Uri(directLine.BaseAddress, "v3/directline").ToString(), json.RootElement.GetProperty("domain").GetString());
        var userId = json.RootElement.GetProperty("userId").GetString();
        Assert.StartsWith("dl_", userId, StringComparison.Ordinal);
        var call = Assert.Single(directLine.Calls);
        Assert.Equal($"Bearer {FakeDirectLine.Secret}", call.Authorization);
        Assert.Equal(userId, call.UserId);
    }

    [Fact]
    public async Task Token_TwoRequests_BindDifferentUsers()
    {
        // Arrange
        await using var directLine = await FakeDirectLine.StartAsync();
        using var host = new BotHost(Settings(directLine.BaseAddress));
        using var client = host.CreateClient();

        // Act
        (await client.SendAsync(TokenRequest(AllowedOrigin))).EnsureSuccessStatusCode();
        (await client.SendAsync(TokenRequest(AllowedOrigin))).EnsureSuccessStatusCode();

        // Assert
        Assert.Equal(2, directLine.Calls.Select(call => call.UserId).Distinct().Count());
    }

    [Fact]
    public async Task Token_WhenDirectLineRefusesTheSecret_AnswersBadGateway()
    {
        // Arrange
        await using var directLine = await FakeDirectLine.StartAsync();
        var settings = new Dictionary<string, string>(Settings(directLine.BaseAddress)) { ["WebChat:DirectLineSecret"] = "wrong-secret" };
        using var host = new BotHost(settings);
        using var client = host.CreateClient();

        // Act
        using var response = await client.SendAsync(TokenRequest(AllowedOrigin));

        // Assert
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.DoesNotContain("wrong-secret", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_WithoutSecret_Answers404WithReason()
    {
        // Arrange
        using var host = new BotHost(new Dictionary<string, string>());
        using var client = host.CreateClient();

        // Act
        using var response = await client.SendAsync(TokenRequest(BotHost.OwnOrigin));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("WebChat:DirectLineSecret", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "no Origin header")]
    [InlineData("https://evil.example", "AllowedOrigins")]
    [InlineData("null", "AllowedOrigins")]
    [InlineData("https://www.gutskin.example.evil.example", "AllowedOrigins")]
    public async Task Token_FromNoOrOtherOrigin_Answers403WithReasonAndAsksNoToken(string? origin, string reason)
    {
        // Arrange
        await using var directLine = await FakeDirectLine.StartAsync();
        using var host = new BotHost(Settings(directLine.BaseAddress));
        using var client = host.CreateClient();

        // Act
        using var response = await client.SendAsync(TokenRequest(origin));

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(directLine.Calls);
    }

    [Fact]
    public async Task Token_FromTheBotsOwnPage_IsGiven()
    {
        // Arrange
        await using var directLine = await FakeDirectLine.StartAsync();
        using var host = new BotHost(Settings(directLine.BaseAddress));
        using var client = host.CreateClient();

        // Act
        using var response = await client.SendAsync(TokenRequest(BotHost.OwnOrigin));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_BeyondTheLimitPerClient_Answers429WithRetryAfter()
    {
        // Arrange
        await using var directLine = await FakeDirectLine.StartAsync();
        var settings = new Dictionary<string, string>(Settings(directLine.BaseAddress)) { ["WebChat:TokensPerClientPerMinute"] = "3" };
        using var host = new BotHost(settings);
        using var client = host.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            (await client.SendAsync(TokenRequest(AllowedOrigin))).EnsureSuccessStatusCode();
        }

        // Act
        using var response = await client.SendAsync(TokenRequest(AllowedOrigin));

        // Assert
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("Too many requests", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(3, directLine.Calls.Count);
    }

    [Theory]
    [InlineData(AllowedOrigin, true)]
    [InlineData("https://evil.example", false)]
    public async Task Token_CrossOrigin_IsAllowedOnlyForConfiguredOrigins(string origin, bool allowed)
    {
        // Arrange
        await using var directLine = await FakeDirectLine.StartAsync();
        using var host = new BotHost(Settings(directLine.BaseAddress));
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/directline/token");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");

        // Act
        using var response = await client.SendAsync(request);

        // Assert
        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Contains(origin));
    }

    [Fact]
    public async Task Config_WithAppId_SaysDirectLineEvenWithoutSecret()
    {
        // Arrange
        using var host = new BotHost(new Dictionary<string, string> { ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001", ["WebChat:Mode"] = "local" });
        using var client = host.CreateClient();

        // Act
        var config = await client.GetStringAsync("/api/webchat/config");

        // Assert
        Assert.Equal("""{"mode":"directline"}""", config);
    }

    [Fact]
    public async Task Config_WithoutAppId_SaysLocal()
    {
        // Arrange
        using var host = new BotHost(new Dictionary<string, string> { ["MicrosoftAppId"] = string.Empty });
        using var client = host.CreateClient();

        // Act
        var config = await client.GetStringAsync("/api/webchat/config");

        // Assert
        Assert.Equal("""{"mode":"local"}""", config);
    }

    [Fact]
    public void Start_WithOriginThatHasAPath_FailsWithReadableMessage()
    {
        // Act
        var error = Assert.IsType<OptionsValidationException>(BotHost.StartFailure(new Dictionary<string, string> { ["WebChat:AllowedOrigins:0"] = "https://www.gutskin.example/chat" }));

        // Assert
        Assert.Contains("AllowedOrigins", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WithZeroTokensPerMinute_FailsWithReadableMessage()
    {
        // Act
        var error = Assert.IsType<OptionsValidationException>(BotHost.StartFailure(new Dictionary<string, string> { ["WebChat:TokensPerClientPerMinute"] = "0" }));

        // Assert
        Assert.Contains("TokensPerClientPerMinute", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A token request as a browser sends it: a POST with the page's origin (none from a non-browser client).</summary>
    private static HttpRequestMessage TokenRequest(string? origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/directline/token");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return request;
    }

    private static Dictionary<string, string> Settings(Uri directLine) => new()
    {
        ["WebChat:DirectLineSecret"] = FakeDirectLine.Secret,
        ["WebChat:DirectLineEndpoint"] = directLine.ToString(),
        ["WebChat:AllowedOrigins:0"] = AllowedOrigin,
    };
}
