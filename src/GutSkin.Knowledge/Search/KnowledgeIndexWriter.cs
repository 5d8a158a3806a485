using GutSkin.Knowledge.Content;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// Writes the documents of <see cref="KnowledgeIndex"/>: each section's own document (title, questions, tags), then one
/// document per passage, in the order <see cref="DocumentLayout"/> expects, as one segment.
/// </summary>
internal static class KnowledgeIndexWriter
{
    /// <summary>A new in-memory directory holding <paramref name="sections"/>, analysed by <paramref name="analyzer"/>.</summary>
    public static RAMDirectory Write(KnowledgeAnalyzer analyzer, IReadOnlyList<KnowledgeSection> sections)
    {
        // Analysis dominates the build, so consecutive runs of sections are indexed side by side, one per core, each into
        // its own directory; then they are merged, in order, into one segment, which searches faster than several.
        var parts = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, sections.Count));
        var runs = new RAMDirectory[parts];
        Parallel.For(0, parts, part =>
        {
            var first = sections.Count * part / parts;
            var last = sections.Count * (part + 1) / parts;
            runs[part] = WriteRun(analyzer, sections.Skip(first).Take(last - first));
        });

        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, WriterConfig(analyzer)))
        {
            var readers = runs.Select(r => (IndexReader)DirectoryReader.Open(r)).ToArray();
            writer.AddIndexes(readers);
            writer.Commit();
            foreach (var run in readers)
            {
                run.Dispose();
            }
        }

        foreach (var run in runs)
        {
            run.Dispose();
        }

        return directory;
    }

    /// <summary>Indexes <paramref name="sections"/> into a new in-memory directory: each section's own document, then its passages'.</summary>
    private static RAMDirectory WriteRun(KnowledgeAnalyzer analyzer, IEnumerable<KnowledgeSection> sections)
    {
        var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, WriterConfig(analyzer));

        // One document and one field of each kind, refilled for every section and passage: Lucene allows reuse.
        var title = new TextField(IndexFields.Title, string.Empty, Field.Store.NO);
        var questions = new TextField(IndexFields.Questions, string.Empty, Field.Store.NO);
        var tags = new TextField(IndexFields.Tags, string.Empty, Field.Store.NO);
        var text = new TextField(IndexFields.Text, string.Empty, Field.Store.NO);
        var sectionDocument = new Document { title, questions, tags };
        var passageDocument = new Document { text };
        foreach (var section in sections)
        {
            title.SetStringValue(section.Title);
            questions.SetStringValue(string.Join("\n", section.Questions));
            tags.SetStringValue(string.Join("\n", section.Tags));
            writer.AddDocument(sectionDocument);
            foreach (var passage in section.Passages)
            {
                text.SetStringValue(passage);
                writer.AddDocument(passageDocument);
            }
        }

        writer.Commit();
        return directory;
    }

    private static IndexWriterConfig WriterConfig(KnowledgeAnalyzer analyzer) => new(KnowledgeAnalyzer.Version, analyzer)
    {
        OpenMode = OpenMode.CREATE,

        // The norms (encoded field lengths) are BM25's; the searcher's similarity adds the per-passage statistics.
        Similarity = new BM25Similarity(),

        // It merges only neighbouring segments, so the documents keep the layout's order and need no stored key.
        MergePolicy = new LogByteSizeMergePolicy(),
    };
}
