using System.Globalization;
using System.Text.Encodings.Web;
using MimeKit;

namespace GutSkin.Bot.Email;

/// <summary>The e-mail that asks the visitor to confirm their signup: plain text and HTML, the brand, the offer, the
/// link, how long it works, and "ignore this if it wasn't you".</summary>
internal static class ConfirmationEmail
{
    /// <summary>Composes the message.</summary>
    /// <param name="from">The sender; its display name is the brand name.</param>
    /// <param name="to">The visitor's address.</param>
    /// <param name="name">The visitor's name, as typed.</param>
    /// <param name="offerTitle">What they signed up for, e.g. "Free 3-day Life Greens trial".</param>
    /// <param name="link">The confirmation link.</param>
    /// <param name="linkLifetime">How long the link works.</param>
    /// <returns>The message.</returns>
    public static MimeMessage Compose(MailboxAddress from, string to, string name, string offerTitle, Uri link, TimeSpan linkLifetime)
    {
        var brand = from.Name ?? from.Address;
        var hours = ((int)linkLifetime.TotalHours).ToString(CultureInfo.InvariantCulture);
        var text = $"""
            Hello {name},

            You asked {brand} for the {offerTitle} in our chat. Please confirm that this is your email address to complete your signup:

            {link.AbsoluteUri}

            The link works for {hours} hours. Until you confirm, nothing is sent to you and your details are not added to any list.

            If this wasn't you, please ignore this email: without your confirmation nothing happens, and the details are deleted.

            {brand}
            """;

        var html = HtmlEncoder.Default;
        var body = $"""
            <p>Hello {html.Encode(name)},</p>
            <p>You asked {html.Encode(brand)} for the <strong>{html.Encode(offerTitle)}</strong> in our chat. Please confirm that this is your email address to complete your signup:</p>
            {BrandEmail.Button(link, "Confirm my signup")}
            <p>The link works for {hours} hours. Until you confirm, nothing is sent to you and your details are not added to any list.</p>
            <p>If this wasn't you, please ignore this email: without your confirmation nothing happens, and the details are deleted.</p>
            <p>{html.Encode(brand)}</p>
            """;
        return BrandEmail.Build(from, to, $"Please confirm your signup: {offerTitle}", text, body);
    }
}
