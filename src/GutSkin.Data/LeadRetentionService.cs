using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GutSkin.Data;

/// <summary>
/// Deletes leads older than <see cref="DataOptions.LeadRetentionDays"/> when the host starts and every
/// <see cref="Interval"/> after; does nothing when no retention is set. The setting is known only once configuration is
/// bound, after <see cref="DataServiceCollectionExtensions.AddGutSkinData"/> has run, so the check is made here. Every
/// instance sharing a database purges; the delete is idempotent, so that needs no coordination.
/// </summary>
internal sealed partial class LeadRetentionService(
    ILeadStore leads,
    IOptions<DataOptions> options,
    TimeProvider time,
    ILogger<LeadRetentionService> logger) : BackgroundService
{
    /// <summary>How often the purge runs after the first one at start-up.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.LeadRetentionDays is not { } days)
        {
            return;
        }

        var retention = TimeSpan.FromDays(days);

        // Created before the first purge, so the schedule counts from start-up however long that purge takes.
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await PurgeAsync(retention, stoppingToken);
        }
        while (await WaitForNextTickAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitForNextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task PurgeAsync(TimeSpan retention, CancellationToken stoppingToken)
    {
        var cutoff = time.GetUtcNow() - retention;
        try
        {
            var deleted = await leads.DeleteOlderThanAsync(cutoff, stoppingToken);
            LogPurged(deleted, retention.Days);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // A database that is briefly unreachable must not stop the bot; the next run catches up.
            LogPurgeFailed(exception, Interval.TotalHours);
        }
    }

    // Counts only: a lead's fields are personal data and never reach the log.
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Lead retention: deleted {Count} leads not updated for {Days} days")]
    private partial void LogPurged(int count, int days);

    [LoggerMessage(EventId = 101, Level = LogLevel.Error, Message = "Lead retention: the purge failed; it runs again in {Hours} hours")]
    private partial void LogPurgeFailed(Exception exception, double hours);
}
