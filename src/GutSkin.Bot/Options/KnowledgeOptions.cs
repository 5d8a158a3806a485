using GutSkin.Knowledge;
using GutSkin.Knowledge.Search;
using GutSkin.Knowledge.Semantic;

namespace GutSkin.Bot.Options;

/// <summary>Where the knowledge folder is and how it is searched (section "Knowledge", environment <c>Knowledge__Directory</c>...).</summary>
internal sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>The knowledge folder. Empty means: find the repository's <c>knowledge/</c> from where the bot starts.</summary>
    public string Directory { get; set; } = string.Empty;

    /// <summary>The sentence-embedding model: MiniLM (default) or ArcticXs.</summary>
    public SemanticModel SemanticModel { get; set; } = SemanticModel.MiniLM;

    /// <summary>Where passage vectors are kept between restarts. Empty means: <c>embeddings.bin</c> in the system's temporary folder.</summary>
    public string EmbeddingCacheFile { get; set; } = string.Empty;

    /// <summary>An answer model written by <c>calibrate</c> instead of the one shipped in the library. Empty means the shipped one.</summary>
    public string AnswerModelFile { get; set; } = string.Empty;

    /// <summary>The knowledge engine's options for these settings.</summary>
    public KnowledgeEngineOptions ToEngineOptions()
    {
        var options = new KnowledgeEngineOptions { Model = SemanticModel };
        if (EmbeddingCacheFile.Length > 0)
        {
            options = options with { EmbeddingCacheFile = EmbeddingCacheFile };
        }

        if (AnswerModelFile.Length > 0)
        {
            using var json = File.OpenRead(AnswerModelFile);
            options = options with { AnswerModel = AnswerModel.Parse(json) };
        }

        return options;
    }
}
