using BenchmarkDotNet.Attributes;
using GutSkin.Benchmarks.Columns;
using GutSkin.Knowledge;
using GutSkin.Knowledge.Search;
using GutSkin.Knowledge.Semantic;

namespace GutSkin.Benchmarks.Benchmarks;

/// <summary>
/// The semantic cost of a message nobody sent before, one call per iteration on one core (<see cref="SingleCallConfig"/>),
/// so that P99 is the p99 of single calls. The query cache and the remembered answers are emptied before each call, outside the timing. Two kinds of
/// call: one embedding (the model alone), and the whole <see cref="LiveKnowledge.Ask"/> a visitor waits for: the safety
/// screen's pieces (the message and its clauses), the question's embedding and the hybrid search. Short questions and
/// long, first-person messages are timed apart.
/// </summary>
/// <remarks>Public and unsealed because BenchmarkDotNet derives from it.</remarks>
[MemoryDiagnoser]
[Config(typeof(SingleCallConfig))]
public class EmbeddingBenchmarks
{
    private const string Short = "Can probiotics help eczema?";
    private const string Long = "I've had psoriasis on my elbows and knees for about seven years and lately it flares up a lot more when I'm stressed at work, my mum keeps telling me it's my diet, is there actually a link between what I eat and my skin?";

    private SentenceEmbedder? embedder;
    private LiveKnowledge? knowledge;

    /// <summary>Loads the model and the article outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        embedder = SentenceEmbedder.For(SemanticModel.MiniLM);
        knowledge = LiveKnowledge.Load(KnowledgeSets.ArticleDirectory);
    }

    /// <summary>Closes the index.</summary>
    [GlobalCleanup]
    public void Cleanup() => knowledge?.Dispose();

    /// <summary>Every call is a message nobody sent before.</summary>
    [IterationSetup]
    public void Forget()
    {
        embedder!.ForgetQueries();
        knowledge!.ForgetAnswers();
    }

    /// <summary>One embedding of a short, search-engine style question.</summary>
    [Benchmark(Baseline = true)]
    public float[] ShortQuestion() => embedder!.EmbedQuery(Short);

    /// <summary>One embedding of a long, messy, first-person message.</summary>
    [Benchmark]
    public float[] LongMessage() => embedder!.EmbedQuery(Long);

    /// <summary>What a visitor's short question costs: screen, embedding and search.</summary>
    [Benchmark]
    public Answer AskShort() => knowledge!.Ask(Short);

    /// <summary>What a visitor's long message costs: the screen embeds it and each clause, then the search.</summary>
    [Benchmark]
    public Answer AskLong() => knowledge!.Ask(Long);
}
