using BenchmarkDotNet.Attributes;
using GutSkin.Knowledge;

namespace GutSkin.Benchmarks.Benchmarks;

/// <summary>
/// <see cref="LiveKnowledge.Load"/>: reading every file, parsing front matter and Markdown, building the
/// Lucene index and GutSkin's own per-section structures. Files are in the page cache after the warm-up,
/// so this is the bot's reload cost, not a cold start from disk.
/// </summary>
/// <remarks>
/// Public and unsealed because BenchmarkDotNet derives from it. Two warm-up iterations, not three: a
/// 10,000-section load takes seconds, so each iteration is a single load and the whole run stays near two minutes.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class IndexBuildBenchmarks
{
    private string directory = string.Empty;

    /// <summary>The knowledge folder to load.</summary>
    [Params(KnowledgeSets.Article, KnowledgeSets.Synthetic)]
    public string Knowledge { get; set; } = KnowledgeSets.Article;

    /// <summary>Finds (or generates) the folder outside the measurement.</summary>
    [GlobalSetup]
    public void Setup() => directory = KnowledgeSets.DirectoryOf(Knowledge);

    /// <summary>Loads the folder and builds its index.</summary>
    [Benchmark]
    public int Load()
    {
        using var knowledge = LiveKnowledge.Load(directory);
        return knowledge.Current.Sections.Count;
    }
}
