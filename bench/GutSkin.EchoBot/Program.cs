using GutSkin.EchoBot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

// The load test's baseline: the same SDK, adapter and HTTP path as GutSkin.Bot, with no storage and no knowledge.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpClient();
builder.Services.AddSingleton<BotFrameworkAuthentication>(provider => new ConfigurationBotFrameworkAuthentication(
    provider.GetRequiredService<IConfiguration>(),
    httpClientFactory: provider.GetRequiredService<IHttpClientFactory>(),
    logger: provider.GetRequiredService<ILoggerFactory>().CreateLogger<ConfigurationBotFrameworkAuthentication>()));
builder.Services.AddSingleton<IBotFrameworkHttpAdapter, EchoAdapter>();
builder.Services.AddTransient<IBot, EchoActivityHandler>();

var app = builder.Build();
app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
    adapter.ProcessAsync(request, response, bot, cancellationToken));
app.MapGet("/healthz", () => Results.Ok());
await app.RunAsync();
