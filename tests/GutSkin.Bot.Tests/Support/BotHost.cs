using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace GutSkin.Bot.Tests.Support;

/// <summary>The real web host for HTTP tests: the repository's knowledge, a temp SQLite folder, settings per test,
/// and every log entry captured at Trace level.</summary>
internal sealed class BotHost : IDisposable
{
    private readonly TempDirectory data = new();

    public BotHost(params (string Key, string Value)[] settings)
        : this(_ => { }, settings)
    {
    }

    /// <summary>A host whose services the test replaces (a fake clock, for example) after the bot has registered its own.</summary>
    public BotHost(Action<IServiceCollection> services, params (string Key, string Value)[] settings)
    {
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.ConfigureTestServices(services);
            builder.UseSetting("Knowledge:Directory", Repository.KnowledgeDirectory);
            builder.UseSetting("Storage:DataDirectory", data.Path);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        });
        Client = Factory.CreateClient();
    }

    public WebApplicationFactory<Program> Factory { get; }

    public HttpClient Client { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public T Service<T>()
        where T : notnull => Factory.Services.GetRequiredService<T>();

    /// <summary>A message activity with <c>expectReplies</c>, so the replies come back in the response body. On
    /// <see cref="BotFixture.TextChannel"/> unless told otherwise, so that a signup is asked step by step.</summary>
    public static JObject Message(string text, string? conversationId = null, string userId = "http-user", string channel = BotFixture.TextChannel) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = channel,
        ["serviceUrl"] = "http://localhost",
        ["deliveryMode"] = "expectReplies",
        ["from"] = new JObject { ["id"] = userId },
        ["recipient"] = new JObject { ["id"] = "bot" },
        ["conversation"] = new JObject { ["id"] = conversationId ?? Guid.NewGuid().ToString("N") },
        ["text"] = text,
    };

    public static StringContent Json(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    public Task<HttpResponseMessage> PostAsync(JObject activity) => Client.PostAsync("/api/messages", Json(activity.ToString()));

    /// <summary>Sends a message and returns the texts of the bot's replies.</summary>
    public async Task<IReadOnlyList<string>> SayAsync(string text, string conversationId, string userId = "http-user", string channel = BotFixture.TextChannel)
    {
        using var response = await PostAsync(Message(text, conversationId, userId, channel));
        response.EnsureSuccessStatusCode();
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        return [.. body["activities"]!.Select(a => (string?)a["text"] ?? string.Empty)];
    }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        data.Dispose();
    }
}
