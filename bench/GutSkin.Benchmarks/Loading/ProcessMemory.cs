using System.Globalization;

namespace GutSkin.Benchmarks.Loading;

/// <summary>This process's resident memory now and at its peak, from <c>/proc/self/status</c> (VmRSS, VmHWM).</summary>
internal static class ProcessMemory
{
    /// <summary>"VmRSS 512 MB, VmHWM 640 MB", or the working set where <c>/proc</c> is missing.</summary>
    public static string Describe()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return FormattableString.Invariant($"working set {Environment.WorkingSet / 1_048_576.0:N0} MB");
        }

        var lines = File.ReadAllLines(status);
        return $"VmRSS {Megabytes(lines, "VmRSS:")}, VmHWM {Megabytes(lines, "VmHWM:")}";
    }

    private static string Megabytes(string[] lines, string field)
    {
        var line = lines.FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1);
        return kilobytes is not null && long.TryParse(kilobytes, CultureInfo.InvariantCulture, out var value)
            ? FormattableString.Invariant($"{value / 1024.0:N0} MB")
            : "?";
    }
}
