using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GutSkin.Data.State;

/// <summary>
/// Deletes conversation state not written for <see cref="DataOptions.ConversationRetentionDays"/> (see
/// <see cref="RetentionService"/>). Every turn that changes a conversation writes it, so a signup in progress is
/// younger than the setting and kept.
/// </summary>
internal sealed partial class ConversationRetentionService(
    IStateStore state,
    IOptions<DataOptions> options,
    TimeProvider time,
    ILogger<ConversationRetentionService> logger) : RetentionService(time)
{
    /// <inheritdoc />
    protected override int? RetentionDays => options.Value.ConversationRetentionDays;

    /// <inheritdoc />
    protected override async Task PurgeAsync(DateTimeOffset cutoff, int days, CancellationToken cancellationToken) =>
        LogPurged(await state.DeleteOlderThanAsync(cutoff, cancellationToken), days);

    /// <inheritdoc />
    protected override void LogPurgeFailed(Exception exception, double hours) => LogFailed(exception, hours);

    [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "Conversation retention: deleted {Count} conversation and user state documents not written for {Days} days")]
    private partial void LogPurged(int count, int days);

    [LoggerMessage(EventId = 105, Level = LogLevel.Error, Message = "Conversation retention: the purge failed; it runs again in {Hours} hours")]
    private partial void LogFailed(Exception exception, double hours);
}
