namespace GutSkin.Knowledge.Semantic;

/// <summary>Which token embeddings a model's sentence vector is made of, as its package computes it.</summary>
internal enum PoolingKind
{
    /// <summary>The mean of every token's embedding (all-MiniLM-L6-v2).</summary>
    Mean,

    /// <summary>The first token's embedding, <c>[CLS]</c> (arctic-embed-xs).</summary>
    First,
}
