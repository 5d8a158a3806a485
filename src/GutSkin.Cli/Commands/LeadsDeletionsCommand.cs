using System.Globalization;
using GutSkin.Data;

namespace GutSkin.Cli.Commands;

/// <summary><c>leads deletions</c>: the deletion log, one line per request: UTC time, who asked, leads deleted.</summary>
internal static class LeadsDeletionsCommand
{
    /// <summary>Writes the log, oldest first, as tab-separated lines under a header.</summary>
    /// <param name="leads">The lead store.</param>
    /// <param name="output">Where the log goes.</param>
    /// <param name="ct">Cancels the read.</param>
    /// <returns>The exit code: 0.</returns>
    public static async Task<int> RunAsync(ILeadStore leads, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(output);

        await output.WriteLineAsync("deleted_at\trequested_by\tleads_deleted");
        foreach (var deletion in await leads.ListDeletionsAsync(ct))
        {
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{deletion.DeletedAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}\t{deletion.RequestedBy.ToString().ToLowerInvariant()}\t{deletion.LeadsDeleted}"));
        }

        return 0;
    }
}
