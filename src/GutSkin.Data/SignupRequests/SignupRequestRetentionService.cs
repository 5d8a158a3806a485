using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GutSkin.Data.SignupRequests;

/// <summary>Deletes signup requests older than <see cref="DataOptions.UnconfirmedSignupRetentionDays"/> (see
/// <see cref="RetentionService"/>): an address nobody confirmed is not kept.</summary>
internal sealed partial class SignupRequestRetentionService(
    ISignupRequestStore requests,
    IOptions<DataOptions> options,
    TimeProvider time,
    ILogger<SignupRequestRetentionService> logger) : RetentionService(time)
{
    /// <inheritdoc />
    protected override int? RetentionDays => options.Value.UnconfirmedSignupRetentionDays;

    /// <inheritdoc />
    protected override async Task PurgeAsync(DateTimeOffset cutoff, int days, CancellationToken cancellationToken) =>
        LogPurged(await requests.DeleteOlderThanAsync(cutoff, cancellationToken), days);

    /// <inheritdoc />
    protected override void LogPurgeFailed(Exception exception, double hours) => LogFailed(exception, hours);

    // Counts only: a request's fields are personal data and never reach the log.
    [LoggerMessage(EventId = 120, Level = LogLevel.Information, Message = "Signup request retention: deleted {Count} requests older than {Days} days")]
    private partial void LogPurged(int count, int days);

    [LoggerMessage(EventId = 121, Level = LogLevel.Error, Message = "Signup request retention: the purge failed; it runs again in {Hours} hours")]
    private partial void LogFailed(Exception exception, double hours);
}
