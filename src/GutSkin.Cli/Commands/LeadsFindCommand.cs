using GutSkin.Data;

namespace GutSkin.Cli.Commands;

/// <summary><c>leads find --email X</c>: what is stored under an address, for a visitor's request by email to see
/// their data. The same CSV as <c>leads export</c>, so staff can send it on as it is.</summary>
internal static class LeadsFindCommand
{
    /// <summary>Writes the leads stored under <paramref name="email"/> as CSV to <paramref name="output"/>, and how many
    /// were found to <paramref name="error"/>.</summary>
    /// <param name="leads">The lead store.</param>
    /// <param name="email">The address the visitor wrote from.</param>
    /// <param name="output">Where the CSV goes.</param>
    /// <param name="error">Where the count goes, so the CSV stays clean.</param>
    /// <param name="ct">Cancels the read.</param>
    /// <returns>The exit code: 0.</returns>
    public static async Task<int> RunAsync(ILeadStore leads, string email, TextWriter output, TextWriter error, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var found = await leads.ListForEmailAsync(email, ct);
        await output.WriteAsync(LeadsCsv.Write(found));
        await output.FlushAsync(ct);
        await error.WriteLineAsync(found.Count == 0 ? "No leads are stored under that address." : $"{found.Count} lead(s) found.");
        return 0;
    }
}
