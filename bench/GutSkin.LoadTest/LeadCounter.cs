using System.Diagnostics;

namespace GutSkin.LoadTest;

/// <summary>Counts the leads the product's own CLI exports (<c>leads export --csv</c>), so the check goes through the
/// same code path an operator would use, against the same store.</summary>
internal static class LeadCounter
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The CSV rows, and those whose email belongs to this run.</summary>
    public static async Task<(int AllRows, int RunRows)> CountAsync(LoadOptions options, string runId, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(options.CliPath!);
        start.ArgumentList.Add("leads");
        start.ArgumentList.Add("export");
        start.ArgumentList.Add("--csv");
        if (options.DataDirectory is { } directory)
        {
            start.Environment["Storage__DataDirectory"] = directory;
        }

        if (options.ConnectionString is { } connection)
        {
            start.Environment["Storage__ConnectionString"] = connection;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the GutSkin CLI");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"leads export exited with {process.ExitCode}: {await error}");
        }

        var rows = (await output).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();

        // The email is the second column and never needs quoting, so a split on commas finds it.
        var marker = $"load-{runId}-";
        var runEmails = rows.Select(row => row.Split(',')).Where(fields => fields.Length > 1 && fields[1].StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            .Select(fields => fields[1].ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count();
        return (rows.Count, runEmails);
    }
}
