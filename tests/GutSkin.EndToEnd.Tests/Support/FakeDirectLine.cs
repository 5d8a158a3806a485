using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GutSkin.EndToEnd.Tests.Support;

/// <summary>A stand-in for the Direct Line service on 127.0.0.1 (Kestrel): answers <c>POST /v3/directline/tokens/generate</c>
/// like the real one and records what it was sent, so the bot's token exchange is tested over real HTTP.</summary>
internal sealed class FakeDirectLine : IAsyncDisposable
{
    public const string Secret = "fake-direct-line-secret";
    public const string IssuedToken = "issued-token-123";

    private readonly WebApplication app;

    private FakeDirectLine(WebApplication app)
    {
        this.app = app;
    }

    public ConcurrentQueue<GenerateCall> Calls { get; } = new();

    public Uri BaseAddress => new(app.Urls.First() + "/");

    public static async Task<FakeDirectLine> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDirectLine(app);
        app.MapPost("/v3/directline/tokens/generate", async (HttpRequest request) =>
        {
            var authorization = request.Headers.Authorization.ToString();
            using var body = await JsonDocument.ParseAsync(request.Body);
            var userId = body.RootElement.GetProperty("user").GetProperty("id").GetString();
            fake.Calls.Enqueue(new GenerateCall(authorization, userId));
            return authorization == $"Bearer {Secret}"
                ? Results.Json(new Dictionary<string, object> { ["conversationId"] = "conv-1", ["token"] = IssuedToken, ["expires_in"] = 3600 })
                : Results.StatusCode(StatusCodes.Status403Forbidden);
        });
        await app.StartAsync();
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>What one token request carried.</summary>
    internal sealed record GenerateCall(string Authorization, string? UserId);
}
