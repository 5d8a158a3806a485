using System.Globalization;
using GutSkin.Bot.Conversation;
using GutSkin.Data;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;

namespace GutSkin.Bot.Email;

/// <summary>
/// "Delete my data for jane@example.com": a visitor who signed up in another chat or on another device proves they own
/// the address by following a link sent to it (<see cref="DataDeletionEndpoints"/>). The reply is the same whether or not
/// anything is stored under the address, so the chat never tells a stranger who has signed up, and an e-mail goes
/// only to an address that has, so the bot cannot be used to mail strangers.
/// </summary>
internal sealed partial class DeletionRequests(
    IOptions<EmailOptions> options,
    IOptions<BrandOptions> brand,
    ILeadStore leads,
    DeletionLinks links,
    SmtpMailer mailer,
    TimeProvider time,
    ILogger<DeletionRequests> logger)
{
    /// <summary>Whether deletion by e-mailed link is available (e-mail is configured).</summary>
    public bool Enabled => options.Value.Enabled;

    /// <summary>Sends the deletion link to <paramref name="email"/> when details are stored under it.</summary>
    /// <param name="email">The address the visitor typed.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    /// <returns>What to tell the visitor.</returns>
    public async Task<Reply> RequestAsync(string email, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return new Reply(ReplyText.OnlyThisChat(brand.Value.Contact), Phrases.Topics);
        }

        if ((await leads.ListForEmailAsync(email, cancellationToken)).Count > 0)
        {
            var token = links.CreateToken(email, time.GetUtcNow() + settings.LinkLifetime);
            try
            {
                await mailer.SendAsync(DeletionEmail.Compose(settings.Sender, email, links.Link(token), settings.LinkLifetime), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The reply stays the same (it must not tell whether the address is stored); its last sentence covers this.
                LogSendFailed(logger, exception.GetType().Name, (exception as SmtpCommandException)?.StatusCode.ToString() ?? "none");
            }
        }

        var hours = settings.LinkLifetimeHours.ToString(CultureInfo.InvariantCulture);
        return new Reply(ReplyText.DeletionLinkSent(MarkdownText.Escape(email), hours, brand.Value.Contact), Phrases.Topics);
    }

    [LoggerMessage(EventId = 144, Level = LogLevel.Error, Message = "Deletion link email not sent ({Failure}, SMTP status {Status})")]
    private static partial void LogSendFailed(ILogger logger, string failure, string status);
}
