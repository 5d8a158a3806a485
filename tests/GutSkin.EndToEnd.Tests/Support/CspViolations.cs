using Microsoft.Playwright;

namespace GutSkin.EndToEnd.Tests.Support;

/// <summary>Records every Content-Security-Policy violation a browser context reports: the
/// <c>securitypolicyviolation</c> events of every frame (the launcher's cross-origin panel included) and the
/// console's "Refused to ..." errors.</summary>
internal sealed class CspViolations
{
    private const string Listener = """
        window.addEventListener('securitypolicyviolation', e => {
          (window.__gutskinCspViolations = window.__gutskinCspViolations || []).push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' in ' + e.documentURI);
        });
        """;

    private readonly List<string> console = [];

    private CspViolations()
    {
    }

    /// <summary>Starts recording in <paramref name="context"/>; call before its pages open.</summary>
    public static async Task<CspViolations> WatchAsync(IBrowserContext context)
    {
        var violations = new CspViolations();
        await context.AddInitScriptAsync(Listener);
        context.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (violations.console)
                {
                    violations.console.Add(message.Text);
                }
            }
        };
        return violations;
    }

    /// <summary>What the frames of <paramref name="page"/> and the console reported so far.</summary>
    public async Task<IReadOnlyList<string>> ReportedAsync(IPage page)
    {
        var reported = new List<string>();
        foreach (var frame in page.Frames)
        {
            reported.AddRange(await frame.EvaluateAsync<string[]>("() => window.__gutskinCspViolations || []"));
        }

        lock (console)
        {
            reported.AddRange(console);
        }

        return reported;
    }
}
