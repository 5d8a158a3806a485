using BenchmarkDotNet.Attributes;
using GutSkin.Knowledge;

namespace GutSkin.Benchmarks.Benchmarks;

/// <summary>
/// <see cref="LiveKnowledge.Ask"/> over the <see cref="QuestionMix"/>, reported per question (one operation
/// is one Ask). Percentile columns here are over iteration means; single-call percentiles come from <c>--latency</c>.
/// </summary>
/// <remarks>Public and unsealed because BenchmarkDotNet derives from it.</remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class QueryBenchmarks
{
    private LiveKnowledge? knowledge;

    /// <summary>The knowledge folder to ask.</summary>
    [Params(KnowledgeSets.Article, KnowledgeSets.Synthetic)]
    public string Knowledge { get; set; } = KnowledgeSets.Article;

    /// <summary>Loads the folder outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        if (QuestionMix.All.Count != QuestionMix.Count)
        {
            throw new InvalidOperationException($"QuestionMix.Count is {QuestionMix.Count} but the mix has {QuestionMix.All.Count} questions.");
        }

        knowledge = LiveKnowledge.Load(KnowledgeSets.DirectoryOf(Knowledge));
    }

    /// <summary>Closes the index.</summary>
    [GlobalCleanup]
    public void Cleanup() => knowledge?.Dispose();

    /// <summary>Asks every question of the mix once.</summary>
    [Benchmark(OperationsPerInvoke = QuestionMix.Count)]
    public int AskMix()
    {
        var answered = 0;
        foreach (var question in QuestionMix.All)
        {
            answered += knowledge!.Ask(question.Text).Answered ? 1 : 0;
        }

        return answered;
    }
}
