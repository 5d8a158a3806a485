using GutSkin.Benchmarks.Synthetic;
using GutSkin.Knowledge;

namespace GutSkin.Benchmarks;

/// <summary>The knowledge folders the benchmarks run on, by the name shown in the results.</summary>
internal static class KnowledgeSets
{
    /// <summary>The repository's <c>knowledge/</c> folder: the real article, seven sections.</summary>
    public const string Article = "article";

    /// <summary>The generated folder of <see cref="SyntheticKnowledgeFolder.DefaultSections"/> sections.</summary>
    public const string Synthetic = "synthetic-10k";

    /// <summary>Both, in the order they are reported.</summary>
    public static readonly IReadOnlyList<string> All = [Article, Synthetic];

    private static readonly Lazy<string> ArticleFolder = new(LocateArticle);

    /// <summary>The repository's knowledge folder, found from the working folder or from the executable's.</summary>
    public static string ArticleDirectory => ArticleFolder.Value;

    /// <summary>The folder behind a set's name.</summary>
    public static string DirectoryOf(string set) => set switch
    {
        Article => ArticleDirectory,
        Synthetic => SyntheticKnowledgeFolder.Shared,
        _ => throw new ArgumentOutOfRangeException(nameof(set), set, "unknown knowledge set"),
    };

    private static string LocateArticle()
    {
        // dotnet run keeps the caller's working folder; a build under --artifacts-path puts the exe outside the repo.
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            var folder = KnowledgeFolder.Locate(start);
            if (File.Exists(Path.Combine(folder, "synonyms.txt")))
            {
                return folder;
            }
        }

        throw new InvalidOperationException("The repository's knowledge/ folder was not found: run from inside the repository.");
    }
}
