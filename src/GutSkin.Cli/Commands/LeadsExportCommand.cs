using System.Globalization;
using GutSkin.Data;

namespace GutSkin.Cli.Commands;

/// <summary><c>leads export --csv</c>: every lead as RFC 4180 CSV that is safe to open in a spreadsheet.</summary>
internal static class LeadsExportCommand
{
    /// <summary>The header row, in column order.</summary>
    public const string Header =
        "offer,email,name,address,phone,age_confirmed,marketing_consent,consent_at,consent_version,channel,created_at,updated_at";

    // RFC 4180 ends every record with CRLF, whatever the platform's newline.
    private const string RecordEnd = "\r\n";

    // A spreadsheet treats a cell starting with one of these as a formula (CSV injection); tab and CR are on
    // OWASP's list too because some spreadsheets skip them before looking for '='.
    private const string FormulaStarts = "=+-@\t\r";

    /// <summary>Writes the header and one row per lead to <paramref name="output"/>.</summary>
    /// <param name="leads">The lead store.</param>
    /// <param name="output">Where the CSV goes.</param>
    /// <param name="ct">Cancels the export.</param>
    /// <returns>The exit code: 0.</returns>
    public static async Task<int> RunAsync(ILeadStore leads, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(output);

        var rows = await leads.ListAsync(ct);
        await output.WriteAsync(Header + RecordEnd);
        foreach (var lead in rows)
        {
            await output.WriteAsync(string.Join(',', Fields(lead).Select(Field)) + RecordEnd);
        }

        await output.FlushAsync(ct);
        return 0;
    }

    /// <summary>One CSV field: neutralised if it could run as a formula, quoted if it holds a comma, quote or line break.</summary>
    /// <param name="value">The raw value; <see langword="null"/> is an empty field.</param>
    /// <returns>The field as it goes into the file.</returns>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (FormulaStarts.Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    private static string?[] Fields(Lead lead) =>
    [
        lead.Offer,
        lead.Email,
        lead.Name,
        lead.Address,
        lead.Phone,
        Flag(lead.AgeConfirmed),
        Flag(lead.MarketingConsent),
        lead.ConsentAt is { } consentAt ? Time(consentAt) : null,
        lead.ConsentVersion,
        lead.Channel,
        Time(lead.CreatedAt),
        Time(lead.UpdatedAt),
    ];

    private static string Flag(bool value) => value ? "true" : "false";

    private static string Time(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
