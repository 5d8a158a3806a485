using Microsoft.Extensions.Options;

namespace GutSkin.Bot.WebChat;

/// <summary>Adds the security headers to every response (the page, its scripts, the APIs, errors and 429s alike):
/// the <see cref="ContentSecurityPolicy"/> (the staff dashboard's own below <c>/admin</c>), <c>X-Content-Type-Options: nosniff</c> and a <c>Referrer-Policy</c>.</summary>
internal sealed class SecurityHeadersMiddleware(IOptions<WebChatOptions> options) : IMiddleware
{
    // Computed once: the options are fixed after start-up.
    private readonly string policy = ContentSecurityPolicy.For(options.Value);
    private readonly string adminPolicy = ContentSecurityPolicy.ForAdmin();

    /// <inheritdoc />
    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // An endpoint that set a stricter policy of its own keeps it (the signup confirmation page needs its form);
            // the staff dashboard has its own below /admin.
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase) ? adminPolicy : policy;
            }

            headers.XContentTypeOptions = "nosniff";

            // Not "no-referrer": under it the browser sends "Origin: null" with the page's own POSTs, and the token
            // endpoint needs the real origin.
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
