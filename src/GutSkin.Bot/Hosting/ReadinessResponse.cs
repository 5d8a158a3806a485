using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GutSkin.Bot.Hosting;

/// <summary>
/// The body of <c>/readyz</c>: "Healthy" alone when all is well (what probes and scripts match on), otherwise the
/// status and one line per check that is not healthy, with its reason, so that the operator sees what to fix.
/// </summary>
internal static class ReadinessResponse
{
    /// <summary>Writes <paramref name="report"/> as plain text.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var text = new StringBuilder(report.Status.ToString());
        foreach (var (name, entry) in report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy))
        {
            // The description only: an exception's message could name a server or a user.
            text.Append('\n').Append(name).Append(": ").Append(entry.Status).Append(": ").Append(entry.Description);
        }

        return context.Response.WriteAsync(text.ToString(), context.RequestAborted);
    }
}
