using GutSkin.Knowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GutSkin.Bot.Hosting;

/// <summary>
/// Ready when the live knowledge has sections to answer from. A knowledge folder that has gone missing is Degraded,
/// not Unhealthy: the bot keeps answering from the last good version it loaded, so an orchestrator that routes on
/// readiness must keep sending it visitors, while <c>/readyz</c> tells the operator what to restore.
/// </summary>
internal sealed class KnowledgeHealthCheck(LiveKnowledge knowledge) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // The description is shown by /readyz to anyone: it names the setting, never the server's paths.
        var current = knowledge.Current;
        if (current.Sections.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"no sections loaded from the knowledge folder ({current.Problems.Count} problems)"));
        }

        return Task.FromResult(Directory.Exists(current.Directory)
            ? HealthCheckResult.Healthy($"{current.Sections.Count} sections loaded")
            : HealthCheckResult.Degraded(
                $"the knowledge folder (Knowledge:Directory) is missing; answering from the {current.Sections.Count} sections loaded at {current.LoadedAt:yyyy-MM-dd HH:mm:ss}Z"));
    }
}
