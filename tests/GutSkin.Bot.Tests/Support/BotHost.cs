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
        try
        {
            Client = Factory.CreateClient();
        }
        catch
        {
            Factory.Dispose();
            data.Dispose();
            throw;
        }
    }

    public WebApplicationFactory<Program> Factory { get; }

    /// <summary>The exception a host with these settings fails to start with. When the app's own start fails, it
    /// disposes its host, and <c>WebApplicationFactory</c>'s <c>DeferredHost.StartAsync</c> may then ask that disposed
    /// host for its lifetime first and throw <see cref="ObjectDisposedException"/> instead of the real failure (a race
    /// in the framework, seen once in a full run). The real failure is deterministic, so that race is retried.</summary>
    public static Exception StartFailure(Action<IServiceCollection> services, params (string Key, string Value)[] settings)
    {
        const int Attempts = 5;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var host = new BotHost(services, settings);
            }
            catch (ObjectDisposedException) when (attempt < Attempts)
            {
                continue;
            }
            catch (Exception failure)
            {
                return failure;
            }

            throw new Xunit.Sdk.XunitException("The host started although a start-up failure was expected.");
        }
    }

    /// <inheritdoc cref="StartFailure(Action{IServiceCollection}, ValueTuple{string, string}[])"/>
    public static Exception StartFailure(params (string Key, string Value)[] settings) => StartFailure(_ => { }, settings);

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
