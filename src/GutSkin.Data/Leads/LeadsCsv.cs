using System.Globalization;
using System.Text;
namespace GutSkin.Data;

/// <summary>Leads as RFC 4180 CSV, safe to open in a spreadsheet: what the CLI's <c>leads export --csv</c> and the
/// bot's admin export both write. <c>UserId</c> is left out: marketing needs the contact, not the chat identity.</summary>
public static class LeadsCsv
{
    /// <summary>The header row, in column order.</summary>
    public const string Header =
        "offer,email,name,address,phone,age_confirmed,marketing_consent,consent_at,consent_version,channel,created_at,updated_at";

    // RFC 4180 ends every record with CRLF, whatever the platform's newline.
    private const string RecordEnd = "\r\n";

    // A spreadsheet treats a cell starting with one of these as a formula (CSV injection); tab and CR are on
    // OWASP's list too because some spreadsheets skip them before looking for '='.
    private const string FormulaStarts = "=+-@\t\r";

    /// <summary>The header and one row per lead.</summary>
    public static string Write(IEnumerable<Lead> leads)
    {
        var csv = new StringBuilder(Header).Append(RecordEnd);
        foreach (var lead in leads)
        {
            csv.AppendJoin(',', Fields(lead).Select(Field)).Append(RecordEnd);
        }

        return csv.ToString();
    }

    /// <summary>One CSV field: neutralised if it could run as a formula, quoted if it holds a comma, quote or line break.</summary>
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
