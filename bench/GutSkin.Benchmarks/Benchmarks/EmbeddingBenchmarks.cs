using BenchmarkDotNet.Attributes;
using GutSkin.Knowledge.Semantic;

namespace GutSkin.Benchmarks.Benchmarks;

/// <summary>
/// The semantic cost of a question nobody asked before: one embedding with the local model on one thread, the cache
/// bypassed by a number that makes every question new. Short questions and long, first-person messages are timed apart.
/// </summary>
/// <remarks>Public and unsealed because BenchmarkDotNet derives from it.</remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class EmbeddingBenchmarks
{
    private const string Short = "can probiotics help eczema";
    private const string Long = "I've had psoriasis on my elbows and knees for about seven years and lately it flares up a lot more when I'm stressed at work, my mum keeps telling me it's my diet, is there actually a link between what I eat and my skin?";

    private SentenceEmbedder? embedder;
    private long counter;

    /// <summary>Loads the model outside the measurement.</summary>
    [GlobalSetup]
    public void Setup() => embedder = SentenceEmbedder.For(SemanticModel.MiniLM);

    /// <summary>A short, search-engine style question.</summary>
    [Benchmark(Baseline = true)]
    public float[] ShortQuestion() => embedder!.EmbedQuery($"{Short} {Interlocked.Increment(ref counter)}");

    /// <summary>A long, messy, first-person message.</summary>
    [Benchmark]
    public float[] LongMessage() => embedder!.EmbedQuery($"{Long} {Interlocked.Increment(ref counter)}");
}
