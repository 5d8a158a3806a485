using GutSkin.Data;
using Microsoft.Extensions.Options;
using MimeKit;

namespace GutSkin.Bot.Email;

/// <summary>Checks the e-mail settings at start-up when the confirmation step is on, naming the setting that is wrong.</summary>
internal sealed class EmailOptionsValidator(IOptions<DataOptions> data) : IValidateOptions<EmailOptions>
{
    private const string Prefix = EmailOptions.Section + ":";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (options.SmtpPort is < 1 or > 65535)
        {
            failures.Add($"{Prefix}{nameof(EmailOptions.SmtpPort)} must be a port number from 1 to 65535; it is {options.SmtpPort}.");
        }

        if (!Enum.IsDefined(options.Security))
        {
            failures.Add($"{Prefix}{nameof(EmailOptions.Security)} must be None, StartTls or SslOnConnect.");
        }

        if (string.IsNullOrWhiteSpace(options.UserName) != string.IsNullOrWhiteSpace(options.Password))
        {
            failures.Add($"{Prefix}{nameof(EmailOptions.UserName)} and {Prefix}{nameof(EmailOptions.Password)} must both be set (the server needs a login) or both be empty.");
        }

        if (!MailboxAddress.TryParse(options.From, out var from) || string.IsNullOrWhiteSpace(from.Name) || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            failures.Add($"{Prefix}{nameof(EmailOptions.From)} must be the sender with the brand's name, like \"Life Greens <hello@brand.example>\".");
        }

        if (!IsPublicBaseUrl(options.PublicBaseUrl))
        {
            failures.Add($"{Prefix}{nameof(EmailOptions.PublicBaseUrl)} must be the bot's public https address, like https://bot.brand.example (http only on localhost).");
        }

        if ((options.LinkSigningKey?.Trim().Length ?? 0) < EmailOptions.MinSigningKeyLength)
        {
            failures.Add($"{Prefix}{nameof(EmailOptions.LinkSigningKey)} must be a random key of at least {EmailOptions.MinSigningKeyLength} characters, the same on every instance.");
        }

        var retentionHours = data.Value.UnconfirmedSignupRetentionDays * 24;
        if (options.LinkLifetimeHours < 1 || options.LinkLifetimeHours > Math.Min(EmailOptions.MaxLinkLifetimeHours, retentionHours))
        {
            failures.Add($"{Prefix}{nameof(EmailOptions.LinkLifetimeHours)} must be from 1 to {Math.Min(EmailOptions.MaxLinkLifetimeHours, retentionHours)} hours (at most {DataOptions.Section}:{nameof(DataOptions.UnconfirmedSignupRetentionDays)}, or requests would be deleted while their links still work); it is {options.LinkLifetimeHours}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsPublicBaseUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
