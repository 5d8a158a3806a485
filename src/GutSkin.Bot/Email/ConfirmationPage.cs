using System.Text.Encodings.Web;

namespace GutSkin.Bot.Email;

/// <summary>The small pages behind a confirmation link: plain HTML with the site's stylesheet, no script.</summary>
internal static class ConfirmationPage
{
    /// <summary>The Content-Security-Policy of these pages: nothing but the stylesheet, and the form posting to itself.</summary>
    public const string Policy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>The page with the "Confirm my signup" button: a GET must never confirm (mail scanners follow links).</summary>
    /// <param name="token">The link's token, posted back by the button.</param>
    /// <returns>The HTML.</returns>
    public static string Ask(string token) => Form(
        "Confirm your signup", "Select the button to confirm your email address and complete your free trial signup.", "confirm", "Confirm my signup", token);

    /// <summary>The page with the "Delete my details" button: as with confirming, a GET must never delete.</summary>
    /// <param name="token">The link's token, posted back by the button.</param>
    /// <returns>The HTML.</returns>
    public static string AskToDelete(string token) => Form(
        "Delete your details",
        "Select the button to delete your trial signup, your consent to emails, and the feedback and questions from the chats you signed up in. This can't be undone.",
        "delete",
        "Delete my details",
        token);

    /// <summary>A page that only says something.</summary>
    /// <param name="title">The heading.</param>
    /// <param name="text">One paragraph, plain text.</param>
    /// <returns>The HTML.</returns>
    public static string Message(string title, string text) => Page(title, $"<p>{HtmlEncoder.Default.Encode(text)}</p>");

    /// <summary>The page as the response, with the policy above and no caching.</summary>
    /// <param name="context">The request.</param>
    /// <param name="status">The HTTP status.</param>
    /// <param name="html">The page.</param>
    /// <returns>The result.</returns>
    public static IResult Respond(HttpContext context, int status, string html)
    {
        // The security headers middleware keeps a policy set here: these pages need their form, and nothing else.
        context.Response.Headers.ContentSecurityPolicy = Policy;
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    // The action is relative, so the form posts back to the page's own path.
    private static string Form(string title, string text, string action, string button, string token) => Page(
        title,
        $"""
        <p>{HtmlEncoder.Default.Encode(text)}</p>
        <form method="post" action="{action}">
          <input type="hidden" name="token" value="{HtmlEncoder.Default.Encode(token)}">
          <button type="submit">{HtmlEncoder.Default.Encode(button)}</button>
        </form>
        """);

    private static string Page(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>{HtmlEncoder.Default.Encode(title)}</title>
        <link rel="stylesheet" href="../css/confirm.css">
        </head>
        <body>
        <main>
        <h1>{HtmlEncoder.Default.Encode(title)}</h1>
        {body}
        </main>
        </body>
        </html>
        """;
}
