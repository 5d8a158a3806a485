using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using GutSkin.Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GutSkin.Bot.Tests.Telemetry;

/// <summary>OpenTelemetry on the real web host: the Prometheus scrape endpoint and the Azure Monitor exporter, which
/// sends to an ingestion endpoint on loopback that these tests start.</summary>
public sealed class TelemetryTests
{
    private const string ScrapeKey = "scrape-key-for-tests-0123456789";

    [Fact]
    public async Task Metrics_ByDefault_AreNotServed()
    {
        using var host = new BotHost();

        using var response = await host.Client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_WhenPrometheusIsOn_CountTurnsByKindAndHttpRequests()
    {
        using var host = new BotHost(("Telemetry:PrometheusEnabled", "true"));
        var conversation = Guid.NewGuid().ToString("N");
        await host.SayAsync("Is eczema linked to gut health?", conversation);
        await host.SayAsync("how do I fix my car's gearbox", conversation);

        var text = await ScrapeAsync(host.Client);

        Assert.Matches("""gutskin_turns_total\{[^}]*kind="Answer"[^}]*\} [1-9]""", text);
        Assert.Matches("""gutskin_turns_total\{[^}]*kind="NoAnswer"[^}]*\} [1-9]""", text);
        Assert.Contains("gutskin_answer_confidence_bucket", text, StringComparison.Ordinal);
        Assert.Matches("""http_server_request_duration_seconds_count\{[^}]*http_route="/api/messages"[^}]*\} [1-9]""", text);
        Assert.DoesNotContain("eczema", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Metrics_WithAScrapeKey_RefuseAScrapeWithoutIt()
    {
        using var host = new BotHost(("Telemetry:PrometheusEnabled", "true"), ("Telemetry:PrometheusScrapeKey", ScrapeKey));

        using var anonymous = await host.Client.GetAsync("/metrics");
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "not-the-key-but-just-as-long-000") } };
        using var wrongResponse = await host.Client.SendAsync(wrong);
        using var right = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", ScrapeKey) } };
        using var rightResponse = await host.Client.SendAsync(right);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("scrape key", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rightResponse.StatusCode);
    }

    [Theory]
    [InlineData("Telemetry:AzureMonitorConnectionString", "https://example.com/not-a-connection-string", "AzureMonitorConnectionString")]
    [InlineData("Telemetry:PrometheusPath", "metrics", "PrometheusPath")]
    [InlineData("Telemetry:PrometheusScrapeKey", "short", "PrometheusScrapeKey")]
    [InlineData("Telemetry:TraceSamplingRatio", "1.5", "TraceSamplingRatio")]
    [InlineData("Telemetry:TracesPerSecond", "0", "TracesPerSecond")]
    public void Start_WithABadSetting_FailsAndNamesIt(string key, string value, string named)
    {
        var failure = BotHost.StartFailure(("Telemetry:PrometheusEnabled", "true"), (key, value));

        var validation = Assert.IsType<OptionsValidationException>(failure is AggregateException aggregate ? aggregate.InnerException : failure);
        Assert.Contains(named, validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AzureMonitor_WithAConnectionString_ExportsEveryRequestToItsIngestionEndpoint()
    {
        await using var ingestion = await IngestionEndpoint.StartAsync();
        var host = new BotHost(("APPLICATIONINSIGHTS_CONNECTION_STRING", $"InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint={ingestion.Address}"));
        var conversation = Guid.NewGuid().ToString("N");
        foreach (var question in (string[])["Is eczema linked to gut health?", "what about psoriasis?", "thanks"])
        {
            await host.SayAsync(question, conversation);
        }

        // Spans go out every few seconds; metrics once a minute, or when stopping the host flushes them. Each of the
        // first requests after start-up must be there: a rate-limited sampler would drop some of them at random.
        var requests = await ingestion.WaitForItemsAsync(
            item => item.Contains("\"RequestData\"", StringComparison.Ordinal) && item.Contains("/api/messages", StringComparison.Ordinal),
            count: 3,
            TimeSpan.FromSeconds(90));
        host.Dispose();
        var metrics = await ingestion.WaitForItemsAsync(item => item.Contains("gutskin.turns", StringComparison.Ordinal), count: 1, TimeSpan.FromSeconds(90));
        Assert.DoesNotContain("eczema", string.Concat(requests.Concat(metrics)), StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string> ScrapeAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A stand-in for Application Insights' ingestion service on loopback: it accepts every batch and keeps
    /// the decompressed bodies.</summary>
    private sealed class IngestionEndpoint : IAsyncDisposable
    {
        private readonly WebApplication app;
        private readonly List<string> bodies = [];

        private IngestionEndpoint(WebApplication app) => this.app = app;

        public string Address => app.Urls.Single() + "/";

        public static async Task<IngestionEndpoint> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var endpoint = new IngestionEndpoint(app);
            app.MapPost("/v2.1/track", async (HttpRequest request) =>
            {
                Stream body = request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase)
                    ? new GZipStream(request.Body, CompressionMode.Decompress)
                    : request.Body;
                using var reader = new StreamReader(body);
                var text = await reader.ReadToEndAsync();
                lock (endpoint.bodies)
                {
                    endpoint.bodies.Add(text);
                }

                return Results.Json(new { itemsReceived = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, itemsAccepted = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, errors = Array.Empty<object>() });
            });
            await app.StartAsync();
            return endpoint;
        }

        /// <summary>Waits until <paramref name="count"/> telemetry items (a batch is one item a line) match.</summary>
        public async Task<IReadOnlyList<string>> WaitForItemsAsync(Func<string, bool> match, int count, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                lock (bodies)
                {
                    var found = bodies.SelectMany(body => body.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Where(match).ToList();
                    if (found.Count >= count)
                    {
                        return found;
                    }

                    Assert.True(DateTime.UtcNow < deadline, $"{found.Count} of {count} matching items reached the ingestion endpoint in {timeout.TotalSeconds} s; {bodies.Count} batches did: {string.Join(" | ", bodies.Select(b => b[..Math.Min(b.Length, 400)]))}");
                }

                await Task.Delay(200);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
