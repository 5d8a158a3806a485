using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace GutSkin.Bot.Security;

/// <summary>Bot middleware: a message over the conversation's rate gets a polite reply instead of a turn, so the user
/// sees why nothing was answered (a bare 429 would be lost by the channel). Nothing is read or written for it.</summary>
internal sealed class ConversationRateLimitMiddleware(ConversationRateLimiter limiter) : Microsoft.Bot.Builder.IMiddleware
{
    public const string SlowDown = "You're sending messages faster than I can read them: please wait a moment.";

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Message
            && activity.Conversation?.Id is { Length: > 0 } conversationId
            && !limiter.TryAcquire($"{activity.ChannelId}/{conversationId}"))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(SlowDown), cancellationToken);
            return;
        }

        await next(cancellationToken);
    }
}
