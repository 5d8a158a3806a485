using System.Text.Encodings.Web;
using MimeKit;

namespace GutSkin.Bot.Email;

/// <summary>The frame every e-mail of the bot shares: the brand as sender, plain text and HTML, and a button-styled
/// link for the one action the e-mail asks for.</summary>
internal static class BrandEmail
{
    /// <summary>Builds the message.</summary>
    /// <param name="from">The sender; its display name is the brand name.</param>
    /// <param name="to">The recipient's address.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="text">The plain-text body.</param>
    /// <param name="htmlBody">The HTML inside <c>&lt;body&gt;</c>, already encoded.</param>
    /// <returns>The message.</returns>
    public static MimeMessage Build(MailboxAddress from, string to, string subject, string text, string htmlBody)
    {
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        var html = $"""
            <!DOCTYPE html>
            <html lang="en">
            <body style="font-family: sans-serif; line-height: 1.5; color: #1f2933;">
            {htmlBody}
            </body>
            </html>
            """;
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        return message;
    }

    /// <summary>The link as a button, then as text to copy (some mail programs strip buttons).</summary>
    /// <param name="link">The link.</param>
    /// <param name="label">The button's text.</param>
    /// <returns>Two HTML paragraphs.</returns>
    public static string Button(Uri link, string label)
    {
        var href = HtmlEncoder.Default.Encode(link.AbsoluteUri);
        return $"""
            <p><a href="{href}" style="display: inline-block; padding: 10px 18px; background: #2f6f3e; color: #ffffff; text-decoration: none; border-radius: 4px;">{HtmlEncoder.Default.Encode(label)}</a></p>
            <p>Or copy this link into your browser: {href}</p>
            """;
    }
}
