using GutSkin.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GutSkin.Cli;

/// <summary>
/// The knowledge engine registered as the bot registers it (<see cref="KnowledgeServiceCollectionExtensions.AddGutSkinKnowledge"/>)
/// from the same settings (<c>Knowledge__Directory</c>, <c>Knowledge__SemanticModel</c>, <c>Knowledge__EmbeddingCacheFile</c>,
/// <c>Knowledge__AnswerModelFile</c>...), so that <c>ask</c> and <c>eval</c> answer exactly as the bot does;
/// <c>--knowledge DIR</c> takes precedence over <c>Knowledge__Directory</c>.
/// </summary>
internal static class CliKnowledgeServices
{
    /// <summary>A service provider with the knowledge options and <see cref="LiveKnowledge"/>, loaded on first use; dispose it when done.</summary>
    public static ServiceProvider Create(string? knowledgeDirectory)
    {
        var directory = knowledgeDirectory is null ? [] : new Dictionary<string, string?> { [$"{KnowledgeOptions.Section}:{nameof(KnowledgeOptions.Directory)}"] = knowledgeDirectory };
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(directory).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddGutSkinKnowledge()
            .BuildServiceProvider();
    }
}
