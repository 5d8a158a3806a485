using GutSkin.Data;

namespace GutSkin.Cli.Commands;

/// <summary><c>leads export --csv</c>: every lead as RFC 4180 CSV that is safe to open in a spreadsheet.</summary>
internal static class LeadsExportCommand
{
    /// <summary>Writes the header and one row per lead to <paramref name="output"/>.</summary>
    /// <param name="leads">The lead store.</param>
    /// <param name="output">Where the CSV goes.</param>
    /// <param name="ct">Cancels the export.</param>
    /// <returns>The exit code: 0.</returns>
    public static async Task<int> RunAsync(ILeadStore leads, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(output);

        await output.WriteAsync(LeadsCsv.Write(await leads.ListAsync(ct)));
        await output.FlushAsync(ct);
        return 0;
    }
}
