using Microsoft.Extensions.Options;

namespace GutSkin.Bot.Email;

/// <summary>Says once at start-up that signups are stored without e-mail confirmation, so an operator who forgot the
/// SMTP settings sees it.</summary>
internal sealed partial class EmailOffNotice(IOptions<EmailOptions> options, ILogger<EmailOffNotice> logger) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            LogOff(logger);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 142, Level = LogLevel.Information, Message = "Email confirmation of signups (double opt-in) is switched off: Email:SmtpHost is not set, so a signup is stored as soon as the visitor confirms the summary")]
    private static partial void LogOff(ILogger logger);
}
