using GutSkin.Bot.Admin;
using GutSkin.Bot.Bots;
using GutSkin.Bot.Connector;
using GutSkin.Bot.Conversation;
using GutSkin.Bot.Email;
using GutSkin.Bot.Security;
using GutSkin.Bot.Storage;
using GutSkin.Data;
using GutSkin.Knowledge;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;

namespace GutSkin.Bot.Hosting;

/// <summary>Registers and maps the bot: <c>builder.AddGutSkinBot(); app.MapGutSkinBot();</c>.</summary>
internal static class GutSkinBotHosting
{
    private const string ReadyTag = "ready";

    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(3);

    /// <summary>Knowledge, storage, the Bot Framework adapter and the bot, for the web host and the console chat alike.</summary>
    public static IHostApplicationBuilder AddGutSkinBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddGutSkinKnowledge();
        services.AddOptions<BrandOptions>().BindConfiguration(BrandOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<WarmUpService>();

        // A turn takes milliseconds; one still running after this is waiting for a database that does not answer.
        // Giving up on it lets SIGTERM stop the process promptly (a container runtime kills it after 10 s by default).
        services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownTimeout);

        services.AddGutSkinSecurity();
        services.AddGutSkinDashboard();
        services.AddGutSkinData();
        services.AddSingleton<IStorage, DataStateStorage>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<UserSignups>();
        services.AddGutSkinEmail();

        services.AddHttpClient();
        services.AddSingleton<BotFrameworkAuthentication>(provider => new FailClosedBotFrameworkAuthentication(
            new OnDemandClientsAuthentication(new ConfigurationBotFrameworkAuthentication(
                provider.GetRequiredService<IConfiguration>(),
                httpClientFactory: provider.GetRequiredService<IHttpClientFactory>(),
                logger: provider.GetRequiredService<ILoggerFactory>().CreateLogger<ConfigurationBotFrameworkAuthentication>()))));

        // CloudAdapter has two constructors that DI finds ambiguous; the subclass has one.
        services.AddSingleton(provider =>
        {
            var adapter = ActivatorUtilities.CreateInstance<AdapterWithErrorHandler>(provider);
            adapter.Use(provider.GetRequiredService<ConversationRateLimitMiddleware>());
            return adapter;
        });
        services.AddSingleton<IBotFrameworkHttpAdapter>(provider => provider.GetRequiredService<AdapterWithErrorHandler>());

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<TurnPipeline>();
        services.AddTransient<IBot, GutSkinBot>();

        services.AddHealthChecks()
            .AddCheck<KnowledgeHealthCheck>("knowledge", tags: [ReadyTag])
            .AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag], timeout: StorageHealthCheck.Timeout);
        return builder;
    }

    /// <summary>
    /// Checks every setting registered with <c>ValidateOnStart</c> now. The host would check them only after it has
    /// created its hosted services, and those load the knowledge: on a large folder's first start, minutes of embedding
    /// before a typo in a setting is reported.
    /// </summary>
    public static THost ValidateSettings<THost>(this THost host)
        where THost : IHost
    {
        host.Services.GetService<IStartupValidator>()?.Validate();
        return host;
    }

    /// <summary><c>POST /api/messages</c> (validated and rate limited), <c>GET /api/admin/leads.csv</c>, <c>GET /healthz</c> (alive) and <c>GET /readyz</c> (knowledge and storage).</summary>
    public static WebApplication MapGutSkinBot(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, AdapterWithErrorHandler adapter, IBot bot, CancellationToken cancellationToken) =>
                adapter.ProcessPostAsync(request, response, bot, cancellationToken))
            .AddEndpointFilter<ActivityRequestValidator>()
            .RequireRateLimiting(SecurityHosting.PerClientPolicy);
        app.MapGutSkinAdmin();
        app.MapGutSkinEmailLinks();
        app.MapGutSkinDashboard();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = ReadinessResponse.WriteAsync });
        return app;
    }
}
