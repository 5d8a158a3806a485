using System.Globalization;
using System.Text;
using GutSkin.Data;

namespace GutSkin.Bot.Conversation;

/// <summary>What is stored about a visitor, as they asked to see it: their leads with the consent they gave, and the
/// signups still waiting for e-mail confirmation (they hold the same details).</summary>
internal static class StoredDataReply
{
    /// <summary>The replies listing <paramref name="leads"/> and <paramref name="pending"/> (the visitor's own, read by user id).</summary>
    public static IReadOnlyList<Reply> From(IReadOnlyList<Lead> leads, IReadOnlyList<PendingSignup> pending, bool signingUp)
    {
        var text = new StringBuilder();
        if (leads.Count == 0 && pending.Count == 0)
        {
            text.Append(ReplyText.NoLeadStored);
        }
        else if (leads.Count > 0)
        {
            text.Append(leads.Count == 1 ? ReplyText.LeadStored : ReplyText.LeadsStored);
            foreach (var lead in leads)
            {
                AppendLead(text, lead);
            }
        }

        foreach (var signup in pending)
        {
            text.Append(ReplyText.WaitingForConfirmation(Time(signup.ExpiresAt)));
            AppendLead(text, signup.Lead);
        }

        if (signingUp)
        {
            text.Append(ReplyText.SignupInProgressStored);
        }

        text.Append(ReplyText.KeptWithoutName);
        return [new Reply(text.ToString(), [VisitorDataRequests.DeleteMyData, .. Phrases.Topics])];
    }

    private static void AppendLead(StringBuilder text, Lead lead)
    {
        var consent = lead.ConsentAt is { } consentAt
            ? ReplyText.ConsentAnswered(Time(consentAt), lead.ConsentVersion is null ? null : MarkdownText.Escape(lead.ConsentVersion))
            : string.Empty;
        text.Append(ReplyText.StoredLead(
            lead.Offer == "trial" ? ReplyText.FreeTrial : MarkdownText.Escape(lead.Offer),
            MarkdownText.Escape(lead.Name),
            MarkdownText.Escape(lead.Email),
            lead.Address is null ? null : MarkdownText.Escape(lead.Address),
            lead.Phone is null ? null : MarkdownText.Escape(lead.Phone),
            lead.AgeConfirmed,
            lead.MarketingConsent,
            consent));
        text.Append(ReplyText.StoredLeadDates(Time(lead.CreatedAt), Time(lead.UpdatedAt), MarkdownText.Escape(lead.Channel)));
    }

    private static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
