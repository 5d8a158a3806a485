using GutSkin.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GutSkin.Bot.Hosting;

/// <summary>Ready when the state store answers a read within <see cref="Timeout"/>.</summary>
internal sealed class StorageHealthCheck(IStateStore store) : IHealthCheck
{
    /// <summary>
    /// How long the read may take before storage counts as unhealthy. A load balancer polls <c>/readyz</c> with a
    /// timeout of its own; an answer that waits for the database's connect timeout would read as a hung instance.
    /// </summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private static readonly string[] ProbeKey = ["gutskin/readiness-probe"];

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.ReadAsync(ProbeKey, cancellationToken);
            return HealthCheckResult.Healthy("Storage is reachable");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Storage is not reachable", exception);
        }
    }
}
