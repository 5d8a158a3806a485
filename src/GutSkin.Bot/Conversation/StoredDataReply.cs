using System.Globalization;
using System.Text;
using GutSkin.Data;

namespace GutSkin.Bot.Conversation;

/// <summary>What is stored about a visitor, as they asked to see it: their leads with the consent they gave.</summary>
internal static class StoredDataReply
{
    /// <summary>The replies listing <paramref name="leads"/> (the visitor's own, read by user id).</summary>
    public static IReadOnlyList<Reply> From(IReadOnlyList<Lead> leads, bool signingUp)
    {
        var text = new StringBuilder();
        if (leads.Count == 0)
        {
            text.Append("I have no signup stored for you.");
        }
        else
        {
            text.Append(leads.Count == 1 ? "Here is the signup I have stored for you:" : "Here are the signups I have stored for you:");
            foreach (var lead in leads)
            {
                AppendLead(text, lead);
            }
        }

        if (signingUp)
        {
            text.Append("\n\nYour signup in progress holds what you've typed so far; say cancel to discard it.");
        }

        text.Append("\n\nYour feedback on answers and the questions I couldn't answer are kept without your name or contact details. Say \"delete my data\" to delete all of it.");
        return [new Reply(text.ToString(), [VisitorDataRequests.DeleteMyData, .. Phrases.Topics])];
    }

    private static void AppendLead(StringBuilder text, Lead lead)
    {
        text.Append(CultureInfo.InvariantCulture, $"\n\n**{(lead.Offer == "trial" ? "Free trial" : MarkdownText.Escape(lead.Offer))}**\n\n");
        text.Append(CultureInfo.InvariantCulture, $"- Name: {MarkdownText.Escape(lead.Name)}\n");
        text.Append(CultureInfo.InvariantCulture, $"- Email: {MarkdownText.Escape(lead.Email)}\n");
        text.Append(CultureInfo.InvariantCulture, $"- Shipping address: {(lead.Address is null ? "(none)" : MarkdownText.Escape(lead.Address))}\n");
        text.Append(CultureInfo.InvariantCulture, $"- Phone: {(lead.Phone is null ? "(none)" : MarkdownText.Escape(lead.Phone))}\n");
        text.Append(CultureInfo.InvariantCulture, $"- Aged 18 or over: {(lead.AgeConfirmed ? "yes" : "no")}\n");
        text.Append(CultureInfo.InvariantCulture, $"- Emails with tips and offers: {(lead.MarketingConsent ? "yes" : "no")}");
        if (lead.ConsentAt is { } consentAt)
        {
            text.Append(CultureInfo.InvariantCulture, $" (answered {Time(consentAt)}");
            text.Append(lead.ConsentVersion is null ? ")" : $", consent wording version {MarkdownText.Escape(lead.ConsentVersion)})");
        }

        text.Append(CultureInfo.InvariantCulture, $"\n- Signed up: {Time(lead.CreatedAt)}, last updated {Time(lead.UpdatedAt)}, in {MarkdownText.Escape(lead.Channel)}");
    }

    private static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
