using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace GutSkin.EchoBot;

/// <summary>A <see cref="CloudAdapter"/> with one constructor (CloudAdapter's two are ambiguous to DI) and no state.</summary>
internal sealed partial class EchoAdapter : CloudAdapter
{
    public EchoAdapter(BotFrameworkAuthentication auth, ILogger<EchoAdapter> logger)
        : base(auth, logger)
    {
        OnTurnError = (turnContext, exception) =>
        {
            LogTurnFailed(logger, exception, turnContext.Activity?.Type);
            return turnContext.SendActivityAsync("Sorry, the echo bot failed.");
        };
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "An echo turn failed ({ActivityType})")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType);
}
