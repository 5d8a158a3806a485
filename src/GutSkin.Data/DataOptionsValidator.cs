using Microsoft.Extensions.Options;
using Npgsql;

namespace GutSkin.Data;

/// <summary>Checks the storage settings at start-up, so a typo stops the host with a message that names the setting.</summary>
internal sealed class DataOptionsValidator : IValidateOptions<DataOptions>
{
    private const string ConnectionStringSetting = $"{DataOptions.Section}:{nameof(DataOptions.ConnectionString)}";

    /// <summary>The longest retention accepted for any kind of row: ten years.</summary>
    public const int MaxRetentionDays = 3650;

    // A batch is one statement's parameters reused row by row, so its size is bounded by time in the write turn, not by
    // the engines' parameter limits: 10,000 rows take some tens of milliseconds on SQLite.
    private const int MaxEventBatchSize = 10_000;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        (string Setting, int? Days, string Kept)[] retention =
        [
            (nameof(DataOptions.LeadRetentionDays), options.LeadRetentionDays, "leads"),
            (nameof(DataOptions.EventRetentionDays), options.EventRetentionDays, "the dashboard's data"),
            (nameof(DataOptions.ConversationRetentionDays), options.ConversationRetentionDays, "conversations"),
            (nameof(DataOptions.UnansweredRetentionDays), options.UnansweredRetentionDays, "unanswered questions"),
        ];
        foreach (var (setting, days, kept) in retention)
        {
            if (days is { } value and (< 1 or > MaxRetentionDays))
            {
                return ValidateOptionsResult.Fail(
                    $"{DataOptions.Section}:{setting} must be a number of days from 1 to {MaxRetentionDays}, or empty to keep {kept}; it is {value}.");
            }
        }

        if (options.UnconfirmedSignupRetentionDays is < 1 or > MaxRetentionDays)
        {
            return ValidateOptionsResult.Fail(
                $"{DataOptions.Section}:{nameof(DataOptions.UnconfirmedSignupRetentionDays)} must be a number of days from 1 to {MaxRetentionDays}; it is {options.UnconfirmedSignupRetentionDays}.");
        }

        (string Setting, int Value, int Min, int Max)[] writer =
        [
            (nameof(DataOptions.EventBatchSize), options.EventBatchSize, 1, MaxEventBatchSize),
            (nameof(DataOptions.EventFlushMilliseconds), options.EventFlushMilliseconds, 10, 60_000),
            (nameof(DataOptions.EventQueueCapacity), options.EventQueueCapacity, Math.Max(1, Math.Min(options.EventBatchSize, MaxEventBatchSize)), 1_000_000),
        ];
        foreach (var (setting, value, min, max) in writer)
        {
            if (value < min || value > max)
            {
                return ValidateOptionsResult.Fail(
                    $"{DataOptions.Section}:{setting} must be a whole number from {min} to {max}; it is {value}.");
            }
        }

        if (!options.UsesPostgres)
        {
            // An empty data folder has been filled in by DataOptionsSetup: there is always a folder to use.
            return ValidateOptionsResult.Success;
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidCastException)
        {
            // The parser's message names the keyword, never the value, so a password does not reach the log.
            return ValidateOptionsResult.Fail(
                $"{ConnectionStringSetting} is not a valid PostgreSQL (Npgsql) connection string: {exception.Message}");
        }

        return string.IsNullOrWhiteSpace(builder.Host)
            ? ValidateOptionsResult.Fail(
                $"{ConnectionStringSetting} must name the PostgreSQL server with Host=…, e.g. \"Host=db;Database=gutskin;Username=gutskin;Password=…\".")
            : ValidateOptionsResult.Success;
    }
}
