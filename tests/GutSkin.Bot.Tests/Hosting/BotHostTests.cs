using System.Net;
using System.Net.Http.Json;
using GutSkin.Bot.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Newtonsoft.Json.Linq;

namespace GutSkin.Bot.Tests.Hosting;

/// <summary>The real web host on <see cref="WebApplicationFactory{TEntryPoint}"/>: CloudAdapter, auth, health.</summary>
public sealed class BotHostTests : IDisposable
{
    private readonly TempDirectory data = new();

    [Fact]
    public async Task Messages_WithExpectReplies_ReturnsRepliesInBody()
    {
        using var factory = Factory();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/messages", Message("Is eczema linked to gut health?"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        var texts = body["activities"]!.Select(a => (string?)a["text"]).ToList();
        Assert.Contains(texts, t => t is not null && t.Contains("From: What is the Link Between Gut Health and Eczema?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Messages_WithAppIdAndNoToken_Returns401()
    {
        using var factory = Factory(("MicrosoftAppId", "00000000-0000-0000-0000-000000000001"), ("MicrosoftAppPassword", "not-a-real-secret"));
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/messages", Message("hello"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Health_WhenKnowledgeAndStorageAreUp_IsHealthy(string path)
    {
        using var factory = Factory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => data.Dispose();

    private WebApplicationFactory<Program> Factory(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Knowledge:Directory", Repository.KnowledgeDirectory);
            builder.UseSetting("Storage:DataDirectory", data.Path);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    private static JsonContent Message(string text) => JsonContent.Create(new
    {
        type = "message",
        id = Guid.NewGuid().ToString("N"),
        channelId = "webchat",
        serviceUrl = "http://localhost",
        deliveryMode = "expectReplies",
        from = new { id = "http-user" },
        recipient = new { id = "bot" },
        conversation = new { id = Guid.NewGuid().ToString("N") },
        text,
    });
}
