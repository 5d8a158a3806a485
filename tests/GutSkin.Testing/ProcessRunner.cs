using System.Diagnostics;

namespace GutSkin.Testing;

/// <summary>Runs a command to completion and fails with its output when it fails.</summary>
internal static class ProcessRunner
{
    public static async Task RunAsync(string workingDirectory, string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"`{fileName} {string.Join(' ', arguments)}` exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }
}
