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
    public static string Ask(string token) => Page(
        "Confirm your signup",
        $"""
        <p>Select the button to confirm your email address and complete your free trial signup.</p>
        <form method="post" action="confirm">
          <input type="hidden" name="token" value="{HtmlEncoder.Default.Encode(token)}">
          <button type="submit">Confirm my signup</button>
        </form>
        """);

    /// <summary>A page that only says something.</summary>
    /// <param name="title">The heading.</param>
    /// <param name="text">One paragraph, plain text.</param>
    /// <returns>The HTML.</returns>
    public static string Message(string title, string text) => Page(title, $"<p>{HtmlEncoder.Default.Encode(text)}</p>");

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
