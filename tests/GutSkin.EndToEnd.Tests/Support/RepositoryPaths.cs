using System.Reflection;

namespace GutSkin.EndToEnd.Tests.Support;

/// <summary>Where the repository's parts are, found by walking up from the test output folder to GutSkin.sln.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootDirectory = new(FindRoot);

    public static string Root => RootDirectory.Value;

    public static string Knowledge => Path.Combine(Root, "knowledge");

    /// <summary>The bot's project folder: its content root, as under <c>dotnet run</c> (appsettings.json, wwwroot).</summary>
    public static string BotProject => Path.Combine(Root, "src", "GutSkin.Bot");

    /// <summary>The built bot in its own output folder, recorded at build time by the project file.</summary>
    public static string BotAssembly =>
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "GutSkinBotAssembly").Value
        ?? throw new InvalidOperationException("The test assembly does not record where GutSkin.Bot.dll is.");

    public static string TestProject => Path.Combine(Root, "tests", "GutSkin.EndToEnd.Tests");

    /// <summary>A file under this project's node_modules; fails with what to run when <c>npm ci</c> has not been run.</summary>
    public static string NodeModule(string relativePath)
    {
        var path = Path.Combine(TestProject, "node_modules", relativePath);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"{path} is missing: run `npm ci` in {TestProject} before `dotnet test` (it installs axe-core and the Microsoft 365 Agents Playground).");
        }

        return path;
    }

    public static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{name}.png");
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GutSkin.sln")))
            {
                return directory.FullName;
            }
        }

        // Built with --artifacts-path outside the repository: fall back to the source tree this file was compiled from.
        return Path.GetFullPath(Path.Combine(SourceDirectory(), "..", "..", ".."));
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
