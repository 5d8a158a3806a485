using System.Runtime.CompilerServices;
using GutSkin.Knowledge;

namespace GutSkin.Bot.Tests.Support;

/// <summary>Finds the repository's real knowledge folder.</summary>
internal static class TestPaths
{
    /// <summary>From the test's base directory, or, when the build output lives outside the checkout
    /// (<c>--artifacts-path</c>), from this source file's folder.</summary>
    public static string KnowledgeDirectory { get; } = Locate();

    private static string Locate([CallerFilePath] string sourceFile = "")
    {
        var fromOutput = KnowledgeFolder.Locate(AppContext.BaseDirectory);
        return Directory.Exists(fromOutput) ? fromOutput : KnowledgeFolder.Locate(Path.GetDirectoryName(sourceFile)!);
    }
}
