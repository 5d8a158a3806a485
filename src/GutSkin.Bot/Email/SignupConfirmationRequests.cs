using System.Globalization;
using GutSkin.Bot.Conversation;
using GutSkin.Data;
using GutSkin.Knowledge;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;

namespace GutSkin.Bot.Email;

/// <summary>
/// The end of a signup when e-mail confirmation is on: the lead waits as a signup request, and the visitor gets an
/// e-mail with a signed link; only the mailbox's owner can turn it into a lead. When the e-mail cannot be sent the
/// request is deleted again, so nothing is left half-done.
/// </summary>
internal sealed partial class SignupConfirmationRequests(
    IOptions<EmailOptions> options,
    ISignupRequestStore requests,
    SignupLinks links,
    SmtpMailer mailer,
    LiveKnowledge knowledge,
    TimeProvider time,
    ILogger<SignupConfirmationRequests> logger)
{
    /// <summary>Whether signups wait for e-mail confirmation (<see cref="EmailOptions.Enabled"/>).</summary>
    public bool Enabled => options.Value.Enabled;

    /// <summary>Stores the request and sends the e-mail.</summary>
    /// <param name="lead">The lead the visitor confirmed in the chat.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    /// <returns>What to tell the visitor: check the inbox, or that the e-mail could not be sent.</returns>
    public async Task<Reply> RequestAsync(Lead lead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var email = options.Value;
        var now = time.GetUtcNow();
        var id = Guid.NewGuid();
        var token = links.CreateToken(id, now + email.LinkLifetime);
        await requests.AddAsync(new SignupRequest(id, SignupLinks.Hash(token), lead, now, now + email.LinkLifetime), cancellationToken);

        var offerTitle = knowledge.Current.Offers?.Trial?.Title ?? "free trial";
        var message = ConfirmationEmail.Compose(email.Sender, lead.Email, lead.Name, offerTitle, links.Link(token), email.LinkLifetime);
        try
        {
            await mailer.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The server's own message may quote the address, so only the kind of failure and its SMTP code are logged.
            LogSendFailed(logger, exception.GetType().Name, (exception as SmtpCommandException)?.StatusCode.ToString() ?? "none");
            await requests.DeleteAsync(id, CancellationToken.None);
            return new Reply(ReplyText.ConfirmationNotSent, Phrases.Topics);
        }

        var hours = email.LinkLifetimeHours.ToString(CultureInfo.InvariantCulture);
        return new Reply(ReplyText.CheckYourInbox(MarkdownText.Escape(lead.Name), MarkdownText.Escape(lead.Email), hours), Phrases.Topics);
    }

    /// <summary>The user's signups still waiting for confirmation, for "show my data".</summary>
    /// <param name="userId">The channel user id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The waiting signups, oldest first.</returns>
    public Task<IReadOnlyList<PendingSignup>> ListPendingForUserAsync(string userId, CancellationToken cancellationToken) =>
        requests.ListPendingForUserAsync(userId, cancellationToken);

    /// <summary>Deletes the user's signup requests, for "delete my data" (whether or not confirmation is on now).</summary>
    /// <param name="userId">The channel user id.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>How many requests were still waiting for confirmation.</returns>
    public Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken) =>
        requests.DeleteForUserAsync(userId, cancellationToken);

    [LoggerMessage(EventId = 140, Level = LogLevel.Error, Message = "Signup confirmation email not sent ({Failure}, SMTP status {Status}); the request was discarded")]
    private static partial void LogSendFailed(ILogger logger, string failure, string status);
}
