using GutSkin.Benchmarks.Synthetic;
using GutSkin.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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

    /// <summary>The bot's knowledge folder: <c>Knowledge__Directory</c>, else the repository's, found as the bot finds it.</summary>
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
        // The knowledge library's own composition root: the same settings and default-folder rule as the bot.
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddEnvironmentVariables().Build())
            .AddGutSkinKnowledge()
            .BuildServiceProvider();
        return services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Directory;
    }
}
