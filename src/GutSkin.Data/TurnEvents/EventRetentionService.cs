using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GutSkin.Data.TurnEvents;

/// <summary>Deletes turn analytics older than <see cref="DataOptions.EventRetentionDays"/> (see <see cref="RetentionService"/>).</summary>
internal sealed partial class EventRetentionService(
    ITurnEventStore events,
    IOptions<DataOptions> options,
    TimeProvider time,
    ILogger<EventRetentionService> logger) : RetentionService(time)
{
    /// <inheritdoc />
    protected override int? RetentionDays => options.Value.EventRetentionDays;

    /// <inheritdoc />
    protected override async Task PurgeAsync(DateTimeOffset cutoff, int days, CancellationToken cancellationToken) =>
        LogPurged(await events.DeleteOlderThanAsync(cutoff, cancellationToken), days);

    /// <inheritdoc />
    protected override void LogPurgeFailed(Exception exception, double hours) => LogFailed(exception, hours);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Event retention: deleted {Count} turn analytics rows older than {Days} days")]
    private partial void LogPurged(int count, int days);

    [LoggerMessage(EventId = 103, Level = LogLevel.Error, Message = "Event retention: the purge failed; it runs again in {Hours} hours")]
    private partial void LogFailed(Exception exception, double hours);
}
