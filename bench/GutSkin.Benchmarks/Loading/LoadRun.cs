using System.Diagnostics;
using GutSkin.Benchmarks.Synthetic;
using GutSkin.Knowledge;
using GutSkin.Knowledge.Semantic;

namespace GutSkin.Benchmarks.Loading;

/// <summary>
/// <c>--load [SECTIONS]</c>: what loading costs with the semantic index, wall time and process CPU, on the article and on
/// a generated folder: the model itself, a first build with an empty embedding cache file (every passage, title and
/// question embedded), a restart that reads every vector from that file, and the live reload the bot runs when a file
/// changes. Resident memory is printed after each step. Not BenchmarkDotNet: a first build on 10,000 sections takes
/// minutes and happens once.
/// </summary>
internal static class LoadRun
{
    /// <summary>Measures the model, then the article, then <paramref name="sections"/> generated sections.</summary>
    public static int Run(TextWriter output, int sections)
    {
        var work = Directory.CreateTempSubdirectory("gutskin-bench-load-").FullName;
        try
        {
            output.WriteLine($"{Environment.ProcessorCount} cores; {ProcessMemory.Describe()} before anything is loaded");
            Step(output, "model (MiniLM) loaded", () => SentenceEmbedder.For(SemanticModel.MiniLM).ModelId.Length);
            Measure(output, "article", KnowledgeSets.ArticleDirectory, Path.Combine(work, "article.bin"));

            var folder = Path.Combine(work, "knowledge");
            Step(output, $"{sections:N0} sections generated", () =>
            {
                SyntheticKnowledgeFolder.Write(folder, sections, KnowledgeSets.ArticleDirectory);
                return sections;
            });
            Measure(output, $"synthetic-{sections}", folder, Path.Combine(work, "synthetic.bin"));
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Measure(TextWriter output, string set, string directory, string cacheFile)
    {
        var options = new KnowledgeEngineOptions { EmbeddingCacheFile = cacheFile };
        Step(output, $"{set}: first build, empty embedding cache", () =>
        {
            using var knowledge = LiveKnowledge.Load(directory, options);
            return knowledge.Current.Sections.Count;
        });
        output.WriteLine(FormattableString.Invariant($"  embedding cache file: {new FileInfo(cacheFile).Length / 1_048_576.0:N1} MB"));

        LiveKnowledge? live = null;
        Step(output, $"{set}: restart, every vector from the cache file", () =>
        {
            live = LiveKnowledge.Load(directory, options);
            return live.Current.Sections.Count;
        });
        using (live)
        {
            Step(output, $"{set}: live reload (cached)", () =>
            {
                var outcome = live!.Reload();
                return outcome.Swapped ? live.Current.Sections.Count : -1;
            });
        }
    }

    private static void Step(TextWriter output, string what, Func<int> run)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var count = run();
        wall.Stop();
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        GC.Collect();
        output.WriteLine(FormattableString.Invariant(
            $"{what}: {wall.Elapsed.TotalSeconds:N2} s wall, {used.TotalSeconds:N2} s CPU ({count:N0}); {ProcessMemory.Describe()}"));
    }
}
