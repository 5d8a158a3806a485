using System.Diagnostics;
using System.Reflection;

namespace GutSkin.Deploy.Tests;

/// <summary>The Bicep CLI from the <c>Azure.Bicep.CommandLine.linux-x64</c> package that this project downloads.</summary>
internal static class BicepCli
{
    /// <summary>Runs <c>bicep</c> with <paramref name="arguments"/> and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] arguments)
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepCli").Value!;
        if (!OperatingSystem.IsWindows())
        {
            // NuGet does not keep the execute bit.
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
        }

        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Offline: no telemetry, no registry look-ups for modules this template does not use.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }
}
