using GutSkin.Knowledge.Search;
using GutSkin.Knowledge.Semantic;

namespace GutSkin.Knowledge;

/// <summary>How the knowledge engine embeds and decides; the defaults are what the product ships with.</summary>
public sealed record KnowledgeEngineOptions
{
    /// <summary>The sentence-embedding model.</summary>
    public SemanticModel Model { get; init; } = SemanticModel.MiniLM;

    /// <summary>
    /// Where passage vectors are kept between loads, so that a restart or reload embeds only what changed; null keeps
    /// them in memory only.
    /// </summary>
    public string? EmbeddingCacheFile { get; init; } = Path.Combine(Path.GetTempPath(), "gutskin", "embeddings.bin");

    /// <summary>The fitted ranking and answerability model; null for the one shipped in the library.</summary>
    public AnswerModel? AnswerModel { get; init; }
}
