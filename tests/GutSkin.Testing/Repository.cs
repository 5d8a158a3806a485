using System.Runtime.CompilerServices;

namespace GutSkin.Testing;

/// <summary>
/// Where the repository is, for every test project the same way: the folder above the test's output that holds
/// <c>GutSkin.sln</c>, or, when the build output lives outside the checkout (<c>--artifacts-path</c>), the checkout
/// this file was compiled from.
/// </summary>
public static class Repository
{
    private const string SolutionFile = "GutSkin.sln";

    private static readonly Lazy<string> RootDirectory = new(() => FindRoot());

    /// <summary>The repository's root folder.</summary>
    public static string Root => RootDirectory.Value;

    /// <summary>The repository's real <c>knowledge/</c> folder.</summary>
    public static string KnowledgeDirectory => PathOf("knowledge");

    /// <summary>A path under the repository's root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile)! })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException($"{SolutionFile} was found neither above {AppContext.BaseDirectory} nor above {sourceFile}.");
    }
}
