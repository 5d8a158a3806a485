using Microsoft.Extensions.Hosting;

namespace GutSkin.Data;

/// <summary>
/// Deletes rows older than a retention setting when the host starts and every <see cref="Interval"/> after; does
/// nothing while the setting is empty. The setting is known only once configuration is bound, after
/// <see cref="DataServiceCollectionExtensions.AddGutSkinData"/> has run, so the check is made here. Every instance
/// sharing a database purges; the delete is idempotent, so that needs no coordination.
/// </summary>
internal abstract class RetentionService(TimeProvider time) : BackgroundService
{
    /// <summary>How often the purge runs after the first one at start-up.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    /// <summary>How many days rows are kept, or null to keep them.</summary>
    protected abstract int? RetentionDays { get; }

    /// <summary>Deletes the rows older than <paramref name="cutoff"/> and logs how many.</summary>
    /// <param name="cutoff">The oldest instant kept.</param>
    /// <param name="days">The retention, for the log.</param>
    /// <param name="cancellationToken">Stops the purge.</param>
    protected abstract Task PurgeAsync(DateTimeOffset cutoff, int days, CancellationToken cancellationToken);

    /// <summary>Logs a purge that failed; it runs again after <see cref="Interval"/>.</summary>
    /// <param name="exception">What went wrong.</param>
    /// <param name="hours">The hours until the next try.</param>
    protected abstract void LogPurgeFailed(Exception exception, double hours);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (RetentionDays is not { } days)
        {
            return;
        }

        var retention = TimeSpan.FromDays(days);

        // Created before the first purge, so the schedule counts from start-up however long that purge takes.
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                // Not cancelled, only abandoned when the host stops: Npgsql cancels a running statement synchronously
                // on the cancelling thread, which with a stalled network held the host's shutdown for seconds.
                await PurgeAsync(time.GetUtcNow() - retention, days, CancellationToken.None).WaitAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A database that is briefly unreachable must not stop the bot; the next run catches up.
                LogPurgeFailed(exception, Interval.TotalHours);
            }
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
}
