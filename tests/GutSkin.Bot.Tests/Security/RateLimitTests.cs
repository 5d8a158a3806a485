using System.Net;
using GutSkin.Bot.Security;
using GutSkin.Bot.Tests.Support;
using Newtonsoft.Json.Linq;

namespace GutSkin.Bot.Tests.Security;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Messages_OverThePerClientLimit_Returns429WithReasonAndRetryAfter()
    {
        using var host = new BotHost(("RateLimits:PerClientPerMinute", "3"));
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await host.PostAsync(BotHost.Message("hello"));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await host.PostAsync(BotHost.Message("hello"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing");
        var error = (string?)JObject.Parse(await refused.Content.ReadAsStringAsync())["error"];
        Assert.Contains("Too many requests", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_OverThePerConversationLimit_GetAPoliteReplyAndOtherConversationsAreServed()
    {
        using var host = new BotHost(("RateLimits:PerConversationPerMinute", "2"));
        var busy = Guid.NewGuid().ToString("N");
        await host.SayAsync("hello", busy);
        await host.SayAsync("Is eczema linked to gut health?", busy);

        var limited = await host.SayAsync("Is eczema linked to gut health?", busy);
        var other = await host.SayAsync("Is eczema linked to gut health?", Guid.NewGuid().ToString("N"));

        Assert.Equal([ConversationRateLimitMiddleware.SlowDown], limited);
        Assert.Contains(other, r => r.Contains("From: What is the Link Between Gut Health and Eczema?", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("RateLimits:PerClientPerMinute", "0")]
    [InlineData("RateLimits:PerConversationPerMinute", "-1")]
    [InlineData("Requests:MaxBodyBytes", "10")]
    [InlineData("Admin:ApiKey", "short")]
    public void Host_WithInvalidSecuritySetting_FailsToStartNamingIt(string key, string value)
    {
        var failure = Record.Exception(() =>
        {
            using var host = new BotHost((key, value));
        });

        Assert.NotNull(failure);
        Assert.Contains(key, failure.ToString(), StringComparison.Ordinal);
    }
}
