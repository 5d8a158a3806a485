using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using GutSkin.Bot.Tests.Support;
using GutSkin.Data;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace GutSkin.Bot.Tests.Security;

/// <summary>With an app id configured, only requests signed by the Bot Framework get a turn. There is no network here,
/// so the signing keys cannot be fetched either: the request must still end as a refusal, not a 500 or a hang.</summary>
public sealed class AuthenticationTests
{
    private const string AppId = "00000000-0000-0000-0000-000000000001";

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer garbage")]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDEifQ.")]
    public async Task Messages_WithAppIdAndNoValidToken_AreRefusedWithoutATurn(string? authorization)
    {
        await AssertRefusedAsync(authorization);
    }

    [Fact]
    public async Task Messages_WithForgedToken_AreRefusedWithoutATurn()
    {
        await AssertRefusedAsync("Bearer " + ForgedToken(DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(30)));
    }

    [Fact]
    public async Task Messages_WithExpiredToken_AreRefusedWithoutATurn()
    {
        await AssertRefusedAsync("Bearer " + ForgedToken(DateTime.UtcNow.AddHours(-3), DateTime.UtcNow.AddHours(-2)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer garbage-token-4c1d9e")]
    [InlineData("Basic dXNlcjpwYXNzLTRjMWQ5ZQ==")]
    public async Task Messages_Refused_LogOneWarningLineWithoutTheTokenOrAStackTrace(string? authorization)
    {
        using var host = new BotHost(("MicrosoftAppId", AppId), ("MicrosoftAppPassword", "not-a-real-secret"));
        var forged = ForgedToken(DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(30));
        authorization = authorization?.Replace("garbage-token-4c1d9e", forged, StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = BotHost.Json(BotHost.Message("hello").ToString()) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var logs = host.Logs.Entries;
        Assert.DoesNotContain(logs, entry => entry.Level >= LogLevel.Error);
        Assert.DoesNotContain(logs, entry => entry.Exception is not null && entry.Level >= LogLevel.Information);
        var warning = Assert.Single(logs, entry => entry.Level == LogLevel.Warning);
        Assert.DoesNotContain('\n', warning.Message);
        foreach (var secret in new[] { forged, forged.Split('.')[1], "dXNlcjpwYXNzLTRjMWQ5ZQ", "not-a-real-secret" })
        {
            Assert.DoesNotContain(logs, entry => entry.ToString().Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Messages_WithoutAppId_RunTheTurnAndWriteState()
    {
        // The control for the tests above: the same request does write state when no app id is configured.
        using var host = new BotHost();
        var conversationId = Guid.NewGuid().ToString("N");

        using var response = await host.PostAsync(BotHost.Message("hello", conversationId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await StateAsync(host, conversationId));
    }

    private static async Task AssertRefusedAsync(string? authorization)
    {
        using var host = new BotHost(("MicrosoftAppId", AppId), ("MicrosoftAppPassword", "not-a-real-secret"));
        var conversationId = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = BotHost.Json(BotHost.Message("hello", conversationId).ToString()) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await host.Client.SendAsync(request);

        Assert.True(
            response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden,
            $"Expected 401 or 403, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Empty(await StateAsync(host, conversationId));
    }

    private static Task<IReadOnlyDictionary<string, StoredDocument>> StateAsync(BotHost host, string conversationId) =>
        host.Service<IStateStore>().ReadAsync([$"{BotFixture.TextChannel}/conversations/{conversationId}"], CancellationToken.None);

    /// <summary>A token that claims everything a Bot Framework token does, signed with a key of our own.</summary>
    private static string ForgedToken(DateTime notBefore, DateTime expires)
    {
        using var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = "forged-key" };
        var token = new JwtSecurityToken(
            issuer: "https://api.botframework.com",
            audience: AppId,
            claims: [new Claim("serviceurl", "http://localhost"), new Claim("appid", AppId)],
            notBefore: notBefore,
            expires: expires,
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
