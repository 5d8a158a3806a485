using System.Collections.Concurrent;
using Microsoft.ML.OnnxRuntime;

namespace GutSkin.Knowledge.Semantic;

/// <summary>
/// Turns text into unit-length vectors with a local sentence-embedding model, so that cosine similarity is a dot product.
/// One instance per model and process: loading a model takes seconds and a few hundred megabytes, and the ONNX session
/// is safe to run from several threads at once. The model runs through <see cref="OnnxSentenceEncoder"/>, which gives
/// the SentenceTransformers package's vectors bit for bit with a fraction of its allocation.
/// </summary>
public sealed class SentenceEmbedder : IDisposable
{
    /// <summary>Repeated questions ("what is eczema") are embedded once; the cache is emptied when it reaches this size.</summary>
    private const int MaxCachedQueries = 20_000;

    // A batch is padded to its longest text, so small batches of similar texts waste little.
    private const int BatchSize = 32;

    private static readonly ConcurrentDictionary<SemanticModel, Lazy<SentenceEmbedder>> Shared = new();

    private readonly OnnxSentenceEncoder encoder;
    private readonly ConcurrentDictionary<string, float[]> queries = new(StringComparer.Ordinal);

    /// <summary>The length of the model's vectors.</summary>
    public int Dimensions => encoder.Dimensions;

    private SentenceEmbedder(SemanticModel model, OnnxSentenceEncoder encoder)
    {
        Model = model;
        this.encoder = encoder;
    }

    /// <summary>The model behind the vectors.</summary>
    public SemanticModel Model { get; }

    /// <summary>Names the model and its package version: vectors from different models never mix in a cache.</summary>
    public string ModelId => $"{Model}@24.9.52193";

    /// <summary>The process-wide embedder for <paramref name="model"/>, loaded on first use.</summary>
    public static SentenceEmbedder For(SemanticModel model) =>
        Shared.GetOrAdd(model, m => new Lazy<SentenceEmbedder>(() => Create(m))).Value;

    /// <summary>Embeds many texts (passages at load time), in batches on every core.</summary>
    public float[][] Embed(IReadOnlyList<string> texts)
    {
        string[] all = [.. texts];
        var vectors = new float[all.Length][];
        var batches = Enumerable.Range(0, (all.Length + BatchSize - 1) / BatchSize);
        Parallel.ForEach(batches, batch =>
        {
            var first = batch * BatchSize;
            var count = Math.Min(BatchSize, all.Length - first);
            encoder.Encode(all.AsSpan(first, count), vectors.AsSpan(first, count));
        });
        return vectors;
    }

    /// <summary>Embeds one query, from the cache when a text the model reads as the same tokens was embedded before.</summary>
    public float[] EmbedQuery(string text)
    {
        // Keyed by the token ids the model reads, not by the text: the safety screen's "Can probiotics help ?" and the
        // answer's spelling-corrected "can probiotics help?" are the same input, so the same vector, and cost one run.
        var key = encoder.Key(text);
        if (queries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var vector = encoder.Encode(text);
        if (queries.Count >= MaxCachedQueries)
        {
            queries.Clear();
        }

        queries.TryAdd(key, vector);
        return vector;
    }

    /// <summary>Empties the query cache, so that the benchmarks can time a question nobody asked before.</summary>
    internal void ForgetQueries() => queries.Clear();

    /// <inheritdoc />
    public void Dispose() => encoder.Dispose();

    private static SentenceEmbedder Create(SemanticModel model)
    {
        // One thread per inference: concurrent visitors each get a core rather than fighting over both.
        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        return new SentenceEmbedder(model, OnnxSentenceEncoder.Load(model, options));
    }
}
