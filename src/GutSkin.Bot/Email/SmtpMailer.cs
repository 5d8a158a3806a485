using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace GutSkin.Bot.Email;

/// <summary>Sends a message through the configured SMTP server with MailKit, one connection per message (a signup is
/// rare; a pooled connection would only go stale between them).</summary>
internal sealed class SmtpMailer(IOptions<EmailOptions> options)
{
    // A server that does not answer must not hold the visitor's turn for long.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>Sends the message; throws what MailKit throws when the server cannot be reached or refuses it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var email = options.Value;
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        await client.ConnectAsync(email.SmtpHost!, email.SmtpPort, SocketOptions(email.Security), cancellationToken);
        if (!string.IsNullOrWhiteSpace(email.UserName))
        {
            await client.AuthenticateAsync(email.UserName, email.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };
}
