using System.Diagnostics;

namespace GutSkin.Testing;

/// <summary>The real CLI in a process of its own: the working folder and environment are what a person's shell gives it.</summary>
public static class CliProcess
{
    /// <summary>Runs the <c>GutSkin.Cli.dll</c> in the test's output folder (a test project that references
    /// <c>GutSkin.Cli</c> and no other shared framework) in <paramref name="workingDirectory"/> with no <c>Knowledge__*</c>
    /// or <c>Storage__*</c> setting but <paramref name="settings"/>.</summary>
    public static Task<(int Code, string Output, string Error)> RunAsync(
        string workingDirectory, IReadOnlyDictionary<string, string> settings, params string[] args) =>
        RunAsync(Path.Combine(AppContext.BaseDirectory, "GutSkin.Cli.dll"), workingDirectory, settings, args);

    /// <summary>Runs the CLI built at <paramref name="cliAssembly"/> (its own output folder, complete with its deps.json)
    /// as <see cref="RunAsync(string, IReadOnlyDictionary{string, string}, string[])"/> does.</summary>
    public static async Task<(int Code, string Output, string Error)> RunAsync(
        string cliAssembly, string workingDirectory, IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cliAssembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var inheritedSettings = start.Environment.Keys
            .Where(k => k.StartsWith("Knowledge__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("Storage__", StringComparison.OrdinalIgnoreCase))
            .ToList();
        foreach (var inherited in inheritedSettings)
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
