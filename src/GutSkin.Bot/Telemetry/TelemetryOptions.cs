using System.ComponentModel.DataAnnotations;

namespace GutSkin.Bot.Telemetry;

/// <summary>Metrics and traces (section <c>Telemetry</c>). Everything is off until an exporter is switched on.</summary>
internal sealed class TelemetryOptions : IValidatableObject
{
    public const string Section = "Telemetry";

    /// <summary>Shortest scrape key accepted.</summary>
    public const int MinScrapeKeyLength = 24;

    /// <summary>Serve Prometheus metrics at <see cref="PrometheusPath"/> (<c>Telemetry__PrometheusEnabled</c>).</summary>
    public bool PrometheusEnabled { get; set; }

    /// <summary>Where Prometheus scrapes.</summary>
    public string PrometheusPath { get; set; } = "/metrics";

    /// <summary>When set, a scrape must send <c>Authorization: Bearer</c> this key (Prometheus: <c>authorization.credentials</c>).</summary>
    public string? PrometheusScrapeKey { get; set; }

    /// <summary>The Application Insights connection string that switches on the Azure Monitor exporter; App Service
    /// and the Bicep template set it as <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>, which is read when this is empty.</summary>
    public string? AzureMonitorConnectionString { get; set; }

    /// <summary>The share of requests whose traces are sent to Azure Monitor, 0 to 1 (default 1: every one).</summary>
    [Range(0.0, 1.0)]
    public double TraceSamplingRatio { get; set; } = 1.0;

    /// <summary>When set, at most this many traces a second are sent instead (the exporter's rate-limited sampler);
    /// for sites whose traffic would make every trace costly.</summary>
    [Range(0.01, 10_000.0)]
    public double? TracesPerSecond { get; set; }

    /// <summary>The service name reported with every metric and span.</summary>
    [Required]
    public string ServiceName { get; set; } = "gutskin-bot";

    /// <summary>Whether any exporter is on, so that OpenTelemetry is registered at all.</summary>
    public bool AnyExporter => PrometheusEnabled || AzureMonitorEnabled;

    /// <summary>Whether the Azure Monitor exporter is on.</summary>
    public bool AzureMonitorEnabled => !string.IsNullOrWhiteSpace(AzureMonitorConnectionString);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!PrometheusPath.StartsWith('/') || PrometheusPath.Length < 2)
        {
            yield return new ValidationResult($"{Section}:PrometheusPath must be a path such as /metrics, not '{PrometheusPath}'.");
        }

        if (!string.IsNullOrEmpty(PrometheusScrapeKey) && PrometheusScrapeKey.Trim().Length < MinScrapeKeyLength)
        {
            yield return new ValidationResult($"{Section}:PrometheusScrapeKey must be empty (no key) or at least {MinScrapeKeyLength} characters.");
        }

        // The exporter itself only fails at the first export, minutes after start-up; a typo should stop the start.
        if (AzureMonitorEnabled && !AzureMonitorConnectionString!.Contains("InstrumentationKey=", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult($"{Section}:AzureMonitorConnectionString (or APPLICATIONINSIGHTS_CONNECTION_STRING) must be an Application Insights connection string, \"InstrumentationKey=...;IngestionEndpoint=...\".");
        }
    }
}
