using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace GutSkin.Bot.Security;

/// <summary>Messages per conversation per minute, in memory: a sliding window per conversation id.
/// Idle windows are dropped by the partitioned limiter, so memory follows the active conversations.</summary>
internal sealed class ConversationRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public ConversationRateLimiter(IOptions<RateLimitOptions> options)
    {
        var permits = options.Value.PerConversationPerMinute;
        limiter = PartitionedRateLimiter.Create<string, string>(conversation => RateLimitPartition.GetSlidingWindowLimiter(
            conversation,
            _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                SegmentsPerWindow = 6,
                QueueLimit = 0,
            }));
    }

    /// <summary>Takes one message from the conversation's allowance; false when it is used up for now.</summary>
    public bool TryAcquire(string conversationKey)
    {
        using var lease = limiter.AttemptAcquire(conversationKey);
        return lease.IsAcquired;
    }

    /// <inheritdoc />
    public void Dispose() => limiter.Dispose();
}
