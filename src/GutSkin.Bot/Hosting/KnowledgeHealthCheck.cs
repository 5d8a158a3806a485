using GutSkin.Knowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GutSkin.Bot.Hosting;

/// <summary>Ready when the live knowledge has sections to answer from.</summary>
internal sealed class KnowledgeHealthCheck(LiveKnowledge knowledge) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = knowledge.Current;
        return Task.FromResult(current.Sections.Count > 0
            ? HealthCheckResult.Healthy($"{current.Sections.Count} sections loaded")
            : HealthCheckResult.Unhealthy($"No sections loaded from {current.Directory} ({current.Problems.Count} problems)"));
    }
}
