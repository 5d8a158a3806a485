using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GutSkin.Data.Unanswered;

/// <summary>Deletes unanswered questions older than <see cref="DataOptions.UnansweredRetentionDays"/> (see <see cref="RetentionService"/>).</summary>
internal sealed partial class UnansweredRetentionService(
    IUnansweredQuestionStore questions,
    IOptions<DataOptions> options,
    TimeProvider time,
    ILogger<UnansweredRetentionService> logger) : RetentionService(time)
{
    /// <inheritdoc />
    protected override int? RetentionDays => options.Value.UnansweredRetentionDays;

    /// <inheritdoc />
    protected override async Task PurgeAsync(DateTimeOffset cutoff, int days, CancellationToken cancellationToken) =>
        LogPurged(await questions.DeleteOlderThanAsync(cutoff, cancellationToken), days);

    /// <inheritdoc />
    protected override void LogPurgeFailed(Exception exception, double hours) => LogFailed(exception, hours);

    // Counts only: a question may still hold something personal the redaction missed.
    [LoggerMessage(EventId = 106, Level = LogLevel.Information, Message = "Unanswered retention: deleted {Count} unanswered questions older than {Days} days")]
    private partial void LogPurged(int count, int days);

    [LoggerMessage(EventId = 107, Level = LogLevel.Error, Message = "Unanswered retention: the purge failed; it runs again in {Hours} hours")]
    private partial void LogFailed(Exception exception, double hours);
}
