using GutSkin.Bot.Bots;
using GutSkin.Bot.Conversation;
using GutSkin.Bot.Security;
using GutSkin.Data;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace GutSkin.Bot.Hosting;

/// <summary>The Bot Framework <see cref="CloudAdapter"/> with one error handler: log, apologise once, and clear the
/// conversation state so that a bad state cannot fail every following turn. The user never sees the exception.
/// A lost ETag race (two messages of one conversation handled at once, possibly on two instances) is not a bad
/// state: the other turn's state is kept and the user is asked to send the message again.</summary>
internal sealed partial class AdapterWithErrorHandler : CloudAdapter
{
    public const string Apology = "Sorry, something went wrong on my side. Please try again, or say \"start over\".";

    public const string SendAgain = "Sorry, two of your messages crossed on my side. Please send that last one again.";

    public AdapterWithErrorHandler(BotFrameworkAuthentication auth, ILogger<AdapterWithErrorHandler> logger, ConversationState conversationState)
        : base(auth, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            if (exception is ETagConflictException)
            {
                LogTurnRaced(logger, turnContext.Activity?.ChannelId);
                await turnContext.SendActivityAsync(ReplyActivity.From(new Reply(SendAgain)));
                return;
            }

            // The exception's message can quote what the user typed (a parser or storage error): it is logged redacted.
            LogTurnFailed(logger, new RedactedException(exception), turnContext.Activity?.Type, turnContext.Activity?.ChannelId);
            try
            {
                await turnContext.SendActivityAsync(ReplyActivity.From(new Reply(Apology, Phrases.Topics)));
                await conversationState.DeleteAsync(turnContext);
            }
            catch (Exception cleanupFailure) when (cleanupFailure is not OperationCanceledException)
            {
                // Storage or the channel is down too: the turn is lost either way, but the cause is logged.
                LogCleanupFailed(logger, new RedactedException(cleanupFailure));
            }
        };
    }

    /// <summary>Runs one activity as if it had come over HTTP with no Authorization header: the console chat's way in.
    /// Authentication still applies, so this only succeeds while no app id is configured.</summary>
    public Task<InvokeResponse> ProcessUnauthenticatedAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ProcessActivityAsync(string.Empty, activity, callback, cancellationToken);

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "A bot turn failed ({ActivityType} on {Channel})")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType, string? channel);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "A turn lost a state race with another turn of its conversation ({Channel}); its changes were discarded")]
    private static partial void LogTurnRaced(ILogger logger, string? channel);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Could not apologise or clear the conversation state after a failed turn")]
    private static partial void LogCleanupFailed(ILogger logger, Exception exception);
}
