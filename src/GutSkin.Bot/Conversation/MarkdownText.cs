using System.Text;

namespace GutSkin.Bot.Conversation;

/// <summary>
/// Makes a visitor's own words safe to show inside a Markdown reply: Web Chat and Teams render Markdown, so an
/// address typed as <c>[click](https://evil)</c> or <c>&lt;img onerror&gt;</c> must come back as text, not a link.
/// </summary>
internal static class MarkdownText
{
    private const string Special = "\\`*_{}[]()<>#+-.!|~&";

    /// <summary><paramref name="text"/> with every Markdown and HTML control character escaped.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var character in text)
        {
            if (Special.Contains(character, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(character);
        }

        return escaped.ToString();
    }
}
