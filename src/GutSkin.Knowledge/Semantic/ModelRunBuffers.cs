namespace GutSkin.Knowledge.Semantic;

/// <summary>
/// The arrays one model run reads and writes: token ids, attention mask, token types (always 0 for one-segment texts) and
/// the token embeddings. Allocated on the pinned object heap, so ONNX Runtime reads and writes them in place and the
/// garbage collector never moves them; reused from run to run, they grow to the longest text seen.
/// </summary>
internal sealed class ModelRunBuffers
{
    /// <summary>Token ids, one row per text (room for a whole text per row while tokenizing).</summary>
    public long[] Ids { get; private set; } = [];

    /// <summary>1 for a text's tokens, 0 for the padding after them.</summary>
    public long[] Mask { get; private set; } = [];

    /// <summary>Zeros: every token is in the first segment.</summary>
    public long[] Types { get; private set; } = [];

    /// <summary>The model's token embeddings, <c>texts × tokens × dimensions</c>.</summary>
    public float[] Output { get; private set; } = [];

    /// <summary>Makes room for <paramref name="tokens"/> input tokens and <paramref name="outputs"/> output values.</summary>
    public void Reserve(int tokens, int outputs)
    {
        if (Ids.Length < tokens)
        {
            // New arrays are zeros; the token types are never written after that.
            Ids = GC.AllocateArray<long>(tokens, pinned: true);
            Mask = GC.AllocateArray<long>(tokens, pinned: true);
            Types = GC.AllocateArray<long>(tokens, pinned: true);
        }

        if (Output.Length < outputs)
        {
            Output = GC.AllocateUninitializedArray<float>(outputs, pinned: true);
        }
    }
}
