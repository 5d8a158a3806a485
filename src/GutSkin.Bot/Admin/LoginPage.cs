using System.Text;

namespace GutSkin.Bot.Admin;

/// <summary>The login form at <c>/admin/login</c>: the admin key in a password field, posted with an antiforgery token,
/// so the key is never in an address, a page or the browser's history.</summary>
internal static class LoginPage
{
    /// <summary>The form field that carries the key.</summary>
    public const string KeyField = "key";

    /// <summary>The page, with <paramref name="message"/> (why the last try failed) when there is one.</summary>
    public static string Render(string antiforgeryField, string? message)
    {
        var body = new StringBuilder()
            .Append("<main class=\"login\">\n<h1>GutSkin staff dashboard</h1>\n")
            .Append("<p>Sign in with the admin key (the bot's <code>Admin__ApiKey</code> setting).</p>\n");
        if (message is not null)
        {
            body.Append("<p class=\"message\" role=\"alert\">").Append(AdminLayout.Encode(message)).Append("</p>\n");
        }

        body.Append("<form method=\"post\" action=\"/admin/login\">\n")
            .Append(antiforgeryField).Append('\n')
            .Append("<label for=\"key\">Admin key</label>\n")
            .Append($"<input id=\"key\" name=\"{KeyField}\" type=\"password\" autocomplete=\"current-password\" required>\n")
            .Append("<button type=\"submit\">Sign in</button>\n</form>\n</main>\n");
        return AdminLayout.Page("Sign in", body.ToString());
    }
}
