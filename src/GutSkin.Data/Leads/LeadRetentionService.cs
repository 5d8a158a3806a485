using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GutSkin.Data.Leads;

/// <summary>Deletes leads not updated for <see cref="DataOptions.LeadRetentionDays"/> (see <see cref="RetentionService"/>).</summary>
internal sealed partial class LeadRetentionService(
    ILeadStore leads,
    IOptions<DataOptions> options,
    TimeProvider time,
    ILogger<LeadRetentionService> logger) : RetentionService(time)
{
    /// <inheritdoc />
    protected override int? RetentionDays => options.Value.LeadRetentionDays;

    /// <inheritdoc />
    protected override async Task PurgeAsync(DateTimeOffset cutoff, int days, CancellationToken cancellationToken) =>
        LogPurged(await leads.DeleteOlderThanAsync(cutoff, cancellationToken), days);

    /// <inheritdoc />
    protected override void LogPurgeFailed(Exception exception, double hours) => LogFailed(exception, hours);

    // Counts only: a lead's fields are personal data and never reach the log.
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Lead retention: deleted {Count} leads not updated for {Days} days")]
    private partial void LogPurged(int count, int days);

    [LoggerMessage(EventId = 101, Level = LogLevel.Error, Message = "Lead retention: the purge failed; it runs again in {Hours} hours")]
    private partial void LogFailed(Exception exception, double hours);
}
