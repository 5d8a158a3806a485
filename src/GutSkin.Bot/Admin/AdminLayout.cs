using System.Text;
using System.Text.Encodings.Web;

namespace GutSkin.Bot.Admin;

/// <summary>The HTML around every admin page: one stylesheet, no inline script or style (the admin
/// Content-Security-Policy allows neither), and the text encoded for HTML everywhere it is written.</summary>
internal static class AdminLayout
{
    /// <summary>Encodes text for an HTML element or a quoted attribute.</summary>
    public static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    /// <summary>A whole page.</summary>
    /// <param name="title">The page title.</param>
    /// <param name="body">The body's HTML, already encoded.</param>
    /// <param name="scripts">Script files from <c>wwwroot</c>, loaded at the end of the body.</param>
    public static string Page(string title, string body, params string[] scripts)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"robots\" content=\"noindex\">\n")
            .Append("<title>").Append(Encode(title)).Append(" - GutSkin staff</title>\n")
            .Append("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n")
            .Append("<link rel=\"stylesheet\" href=\"/admin/admin.css\">\n</head>\n<body>\n")
            .Append(body);
        foreach (var script in scripts)
        {
            html.Append("<script src=\"").Append(Encode(script)).Append("\"></script>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>A hidden form field with the antiforgery token.</summary>
    public static string AntiforgeryField(string fieldName, string token) =>
        $"<input type=\"hidden\" name=\"{Encode(fieldName)}\" value=\"{Encode(token)}\">";
}
