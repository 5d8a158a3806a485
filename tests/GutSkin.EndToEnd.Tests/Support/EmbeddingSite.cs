using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GutSkin.EndToEnd.Tests.Support;

/// <summary>The brand's site, served by Kestrel on a loopback port of its own (so another origin than the bot's):
/// two pages that carry the launcher line from the embed instructions, with a strict policy of their own.</summary>
internal sealed class EmbeddingSite : IAsyncDisposable
{
    private readonly WebApplication app;

    private EmbeddingSite(WebApplication app)
    {
        this.app = app;
    }

    /// <summary>The site's origin, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public string Origin => app.Urls.First();

    /// <summary>Starts the site; <paramref name="bot"/> is resolved when a page is served, so the bot may start later.</summary>
    public static async Task<EmbeddingSite> StartAsync(Func<Uri> bot)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/{page}.html", (string page, HttpResponse response) =>
        {
            var botOrigin = bot().GetLeftPart(UriPartial.Authority);

            // The brand's own strict policy: the launcher must work with its script and frame allowed, nothing inline.
            response.Headers.ContentSecurityPolicy = $"default-src 'self'; script-src 'self' {botOrigin}; frame-src {botOrigin}; style-src 'self'";
            return Results.Content(Page(page, botOrigin), "text/html; charset=utf-8");
        });
        await app.StartAsync();
        return new EmbeddingSite(app);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static string Page(string name, string botOrigin) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Brand site: {{name}}</title></head>
        <body>
          <header><nav aria-label="Site"><a href="/home.html">Home</a> <a href="/shop.html">Shop</a></nav></header>
          <main><h1>{{name}}</h1><p>Our greens and the gut-skin connection.</p><button type="button" id="buy">Buy now</button></main>
          <script src="{{botOrigin}}/embed.js" data-title="Ask GutSkin" defer></script>
        </body>
        </html>
        """;
}
