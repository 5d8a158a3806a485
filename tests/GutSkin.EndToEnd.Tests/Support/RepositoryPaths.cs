using System.Reflection;
using GutSkin.Testing;

namespace GutSkin.EndToEnd.Tests.Support;

/// <summary>Where the repository's parts are, under the root that <see cref="Repository"/> finds.</summary>
internal static class RepositoryPaths
{
    public static string Root => Repository.Root;

    public static string Knowledge => Repository.KnowledgeDirectory;

    /// <summary>The bot's project folder: its content root, as under <c>dotnet run</c> (appsettings.json, wwwroot).</summary>
    public static string BotProject => Path.Combine(Root, "src", "GutSkin.Bot");

    /// <summary>The built bot in its own output folder, recorded at build time by the project file.</summary>
    public static string BotAssembly =>
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "GutSkinBotAssembly").Value
        ?? throw new InvalidOperationException("The test assembly does not record where GutSkin.Bot.dll is.");

    /// <summary>The built staff CLI in its own output folder, recorded at build time by the project file.</summary>
    public static string CliAssembly =>
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "GutSkinCliAssembly").Value
        ?? throw new InvalidOperationException("The test assembly does not record where GutSkin.Cli.dll is.");

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
}
