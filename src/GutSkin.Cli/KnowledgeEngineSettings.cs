using GutSkin.Knowledge;
using GutSkin.Knowledge.Search;
using GutSkin.Knowledge.Semantic;

namespace GutSkin.Cli;

/// <summary>
/// The knowledge engine settings the bot reads from configuration, read here from the same environment variables
/// (<c>Knowledge__SemanticModel</c>, <c>Knowledge__EmbeddingCacheFile</c>, <c>Knowledge__AnswerModelFile</c>), so that
/// <c>ask</c> and <c>eval</c> answer exactly as the bot does.
/// </summary>
internal static class KnowledgeEngineSettings
{
    /// <summary>The options from the environment; the product's defaults for anything not set.</summary>
    public static KnowledgeEngineOptions FromEnvironment()
    {
        var options = new KnowledgeEngineOptions();
        if (Environment.GetEnvironmentVariable("Knowledge__SemanticModel") is { Length: > 0 } model && Enum.TryParse<SemanticModel>(model, ignoreCase: true, out var parsed))
        {
            options = options with { Model = parsed };
        }

        if (Environment.GetEnvironmentVariable("Knowledge__EmbeddingCacheFile") is { Length: > 0 } cache)
        {
            options = options with { EmbeddingCacheFile = cache };
        }

        if (Environment.GetEnvironmentVariable("Knowledge__AnswerModelFile") is { Length: > 0 } file)
        {
            using var json = File.OpenRead(file);
            options = options with { AnswerModel = AnswerModel.Parse(json) };
        }

        return options;
    }
}
