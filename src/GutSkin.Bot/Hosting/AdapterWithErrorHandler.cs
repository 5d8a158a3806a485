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
/// state: the other turn's state is kept and the user is asked to send the message again. A cancelled turn (the visitor's
/// connection dropped) is not an error either: nothing is sent, and the state is kept as the last finished turn left it.</summary>
internal sealed partial class AdapterWithErrorHandler : CloudAdapter
{
    public const string Apology = "Sorry, something went wrong on my side. Please try again, or say \"start over\".";

    public const string SendAgain = "Sorry, two of your messages crossed on my side. Please send that last one again.";

    private readonly ILogger<AdapterWithErrorHandler> logger;

    public AdapterWithErrorHandler(BotFrameworkAuthentication auth, ILogger<AdapterWithErrorHandler> logger, ConversationState conversationState)
        : base(auth, logger)
    {
        this.logger = logger;
        OnTurnError = async (turnContext, exception) =>
        {
            if (exception is OperationCanceledException)
            {
                // Nobody is waiting for a reply, and the state is not bad: deleting it would wipe a signup in progress.
                LogTurnCancelled(logger, turnContext.Activity?.Type, turnContext.Activity?.ChannelId);
                return;
            }

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

    /// <summary>
    /// <c>POST /api/messages</c>: what <see cref="CloudAdapter.ProcessAsync(HttpRequest, HttpResponse, IBot, CancellationToken)"/>
    /// does for a POST, except for a refused token. CloudAdapter 4.23 logs every refusal at error level with the
    /// exception's full text; on a public endpoint refusals are routine (scanners, expired tokens), so this logs one
    /// warning line that says why, without the token.
    /// </summary>
    public async Task ProcessPostAsync(HttpRequest request, HttpResponse response, IBot bot, CancellationToken cancellationToken)
    {
        var activity = await HttpHelper.ReadRequestAsync<Activity>(request);
        if (string.IsNullOrEmpty(activity?.Type))
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        string? authorization = request.Headers.Authorization;
        try
        {
            var invokeResponse = await ProcessActivityAsync(authorization ?? string.Empty, activity, bot.OnTurnAsync, cancellationToken);
            await HttpHelper.WriteResponseAsync(response, invokeResponse);
        }
        catch (UnauthorizedAccessException refusal)
        {
            LogRefused(logger, RefusalReason(authorization, refusal), activity.ChannelId);
            response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }

    /// <summary>Runs one activity as if it had come over HTTP with no Authorization header: the console chat's way in.
    /// Authentication still applies, so this only succeeds while no app id is configured.</summary>
    public Task<InvokeResponse> ProcessUnauthenticatedAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ProcessActivityAsync(string.Empty, activity, callback, cancellationToken);

    // Named from the request's shape and the exception's type, never from the header or the exception's message,
    // which can quote the token.
    private static string RefusalReason(string? authorization, UnauthorizedAccessException refusal) =>
        string.IsNullOrWhiteSpace(authorization) ? "no Authorization header"
        : !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? "the Authorization header is not a Bearer token"
        : refusal.InnerException is { } cause ? $"the token could not be validated ({cause.GetType().Name})"
        : "the token is not valid for this bot";

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "A bot turn failed ({ActivityType} on {Channel})")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType, string? channel);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "A turn lost a state race with another turn of its conversation ({Channel}); its changes were discarded")]
    private static partial void LogTurnRaced(ILogger logger, string? channel);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "A turn was cancelled before it finished ({ActivityType} on {Channel}): the client went away; nothing was sent and the conversation state is kept")]
    private static partial void LogTurnCancelled(ILogger logger, string? activityType, string? channel);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Refused a request to /api/messages from {Channel}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason, string? channel);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Could not apologise or clear the conversation state after a failed turn")]
    private static partial void LogCleanupFailed(ILogger logger, Exception exception);
}
