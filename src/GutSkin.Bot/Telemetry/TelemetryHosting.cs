using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using Azure.Monitor.OpenTelemetry.Exporter;
using GutSkin.Data;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GutSkin.Bot.Telemetry;

/// <summary>OpenTelemetry metrics and traces: <c>builder.AddGutSkinTelemetry(); app.MapGutSkinTelemetry();</c>.
/// Nothing is registered until Prometheus or Azure Monitor is switched on.</summary>
internal static class TelemetryHosting
{
    private const string AppInsightsVariable = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>Registers the meters and sources (ASP.NET Core, HttpClient, the .NET runtime, Npgsql, the bot's own)
    /// and the exporters that the <c>Telemetry</c> settings switch on.</summary>
    public static IHostApplicationBuilder AddGutSkinTelemetry(this IHostApplicationBuilder builder)
    {
        // Validated here, not on start: which exporters exist is decided now, and the Azure Monitor exporter throws its
        // own unhelpful error on a malformed connection string as soon as it is built.
        var options = Read(builder.Configuration);
        var failures = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), failures, validateAllProperties: true))
        {
            throw new OptionsValidationException(TelemetryOptions.Section, typeof(TelemetryOptions), failures.Select(f => f.ErrorMessage ?? f.ToString()));
        }

        if (!options.AnyExporter)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                    .AddMeter("Npgsql", BotMetrics.MeterName, DataMetrics.MeterName);
                if (options.PrometheusEnabled)
                {
                    metrics.AddPrometheusExporter();
                }

                if (options.AzureMonitorEnabled)
                {
                    metrics.AddAzureMonitorMetricExporter(exporter => exporter.ConnectionString = options.AzureMonitorConnectionString);
                }
            });

        // Traces need a backend that stores them; Prometheus only takes metrics.
        if (options.AzureMonitorEnabled)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddSource("Npgsql")
                .AddAzureMonitorTraceExporter(exporter =>
                {
                    exporter.ConnectionString = options.AzureMonitorConnectionString;

                    // Since 1.6 the exporter's own default is 5 traces a second, from a sampler that measures the rate from
                    // its own start: a request soon after start-up was sent or not at random. Sampling is a setting here.
                    exporter.SamplingRatio = (float)options.TraceSamplingRatio;
                    exporter.TracesPerSecond = options.TracesPerSecond;
                }));
        }

        return builder;
    }

    /// <summary>Maps the Prometheus scrape endpoint when it is switched on, behind the scrape key when one is set.</summary>
    public static WebApplication MapGutSkinTelemetry(this WebApplication app)
    {
        var options = Read(app.Configuration);
        if (!options.PrometheusEnabled)
        {
            return app;
        }

        if (!string.IsNullOrEmpty(options.PrometheusScrapeKey))
        {
            var expected = Encoding.UTF8.GetBytes("Bearer " + options.PrometheusScrapeKey.Trim());
            app.Use(async (context, next) =>
            {
                if (context.Request.Path.Equals(options.PrometheusPath, StringComparison.OrdinalIgnoreCase)
                    && !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(context.Request.Headers.Authorization.ToString()), expected))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    await context.Response.WriteAsync("The metrics need the scrape key: Authorization: Bearer <Telemetry:PrometheusScrapeKey>.");
                    return;
                }

                await next(context);
            });
        }

        app.MapPrometheusScrapingEndpoint(options.PrometheusPath);
        return app;
    }

    private static TelemetryOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        options.AzureMonitorConnectionString = AzureMonitorConnectionString(options, configuration);
        return options;
    }

    private static string? AzureMonitorConnectionString(TelemetryOptions options, IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(options.AzureMonitorConnectionString) ? configuration[AppInsightsVariable] : options.AzureMonitorConnectionString;

    // Health probes every few seconds would drown the requests that matter.
    private static bool IsProbe(PathString path) => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");
}
