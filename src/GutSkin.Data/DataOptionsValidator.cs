using Microsoft.Extensions.Options;
using Npgsql;

namespace GutSkin.Data;

/// <summary>Checks the storage settings at start-up, so a typo stops the host with a message that names the setting.</summary>
internal sealed class DataOptionsValidator : IValidateOptions<DataOptions>
{
    private const string ConnectionStringSetting = $"{DataOptions.Section}:{nameof(DataOptions.ConnectionString)}";

    /// <summary>The longest lead retention accepted: ten years.</summary>
    public const int MaxLeadRetentionDays = 3650;

    private const string LeadRetentionSetting = $"{DataOptions.Section}:{nameof(DataOptions.LeadRetentionDays)}";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.LeadRetentionDays is { } days and (< 1 or > MaxLeadRetentionDays))
        {
            return ValidateOptionsResult.Fail(
                $"{LeadRetentionSetting} must be a number of days from 1 to {MaxLeadRetentionDays}, or empty to keep leads; it is {days}.");
        }

        if (options.EventRetentionDays is { } eventDays and (< 1 or > MaxLeadRetentionDays))
        {
            return ValidateOptionsResult.Fail(
                $"{DataOptions.Section}:{nameof(DataOptions.EventRetentionDays)} must be a number of days from 1 to {MaxLeadRetentionDays}, or empty to keep the dashboard's data; it is {eventDays}.");
        }

        if (options.UnconfirmedSignupRetentionDays is < 1 or > MaxLeadRetentionDays)
        {
            return ValidateOptionsResult.Fail(
                $"{DataOptions.Section}:{nameof(DataOptions.UnconfirmedSignupRetentionDays)} must be a number of days from 1 to {MaxLeadRetentionDays}; it is {options.UnconfirmedSignupRetentionDays}.");
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
