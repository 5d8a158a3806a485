using System.Globalization;
using System.Text.Encodings.Web;
using MimeKit;

namespace GutSkin.Bot.Email;

/// <summary>The e-mail with the link that deletes what is stored under the address: what it deletes, how long the link
/// works, and "ignore this if it wasn't you".</summary>
internal static class DeletionEmail
{
    /// <summary>Composes the message.</summary>
    /// <param name="from">The sender; its display name is the brand name.</param>
    /// <param name="to">The address whose details the link deletes.</param>
    /// <param name="link">The deletion link.</param>
    /// <param name="linkLifetime">How long the link works.</param>
    /// <returns>The message.</returns>
    public static MimeMessage Compose(MailboxAddress from, string to, Uri link, TimeSpan linkLifetime)
    {
        var brand = from.Name ?? from.Address;
        var asked = $"Someone asked {brand}'s chat to delete the details stored under this email address: your trial signup, your consent to emails, and the feedback and questions from the chats you signed up in. To delete them, open this link and select \"Delete my details\":";
        var lifetime = $"The link works for {((int)linkLifetime.TotalHours).ToString(CultureInfo.InvariantCulture)} hours. Deleting can't be undone.";
        const string NotYou = "If this wasn't you, please ignore this email: nothing is deleted unless the button is selected.";
        var text = $"""
            Hello,

            {asked}

            {link.AbsoluteUri}

            {lifetime}

            {NotYou}

            {brand}
            """;

        var html = HtmlEncoder.Default;
        var body = $"""
            <p>Hello,</p>
            <p>{html.Encode(asked)}</p>
            {BrandEmail.Button(link, "Delete my details")}
            <p>{html.Encode(lifetime)}</p>
            <p>{html.Encode(NotYou)}</p>
            <p>{html.Encode(brand)}</p>
            """;
        return BrandEmail.Build(from, to, $"Delete your details at {brand}", text, body);
    }
}
