using GutSkin.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GutSkin.Bot.Hosting;

/// <summary>Ready when the state store answers a read.</summary>
internal sealed class StorageHealthCheck(IStateStore store) : IHealthCheck
{
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
