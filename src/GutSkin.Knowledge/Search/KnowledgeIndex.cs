using System.Buffers;
using System.Collections.Concurrent;
using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Semantic;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// An immutable in-memory Lucene index of one version of the knowledge: one document per section with its title,
/// questions and tags, then one document per passage (each paragraph and list item) with its text. A passage
/// scores as if it carried its section's fields (see <see cref="PassageStatisticsSimilarity"/>).
/// Reference-counted, so that a search in flight finishes on the version it started with after a swap.
/// </summary>
internal sealed class KnowledgeIndex : IDisposable
{
    private const double UnknownTermWeight = 1.5;

    /// <summary>The number of documents Lucene's bulk disjunction scorer takes at a time.</summary>
    private const int BulkScoringWindow = 2048;

    /// <summary>The fields indexed once per section, on the section's own document.</summary>
    private static readonly string[] SharedFields = [IndexFields.Title, IndexFields.Questions, IndexFields.Tags];

    /// <summary>Lower scores first, and of equal scores the later passage, as Lucene's own top-hits queue ranks them.</summary>
    private static readonly Comparer<(float Score, int Passage)> WorstFirst = Comparer<(float Score, int Passage)>.Create(
        (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Passage.CompareTo(a.Passage));

    private readonly RAMDirectory directory;
    private readonly DirectoryReader reader;
    private readonly DocumentLayout layout;
    private readonly IndexVocabulary vocabulary;

    // Where each term's postings start, looked up once per version rather than by every query that names the term.
    private readonly ConcurrentDictionary<Term, TermContext> termContexts = new();
    private int references = 1;
    private int retired;

    private KnowledgeIndex(
        KnowledgeContent content,
        RAMDirectory directory,
        DirectoryReader reader,
        DocumentLayout layout,
        KnowledgeAnalyzer analyzer,
        KnowledgeAnalyzer plainAnalyzer,
        SpellingCorrector spelling,
        SemanticIndex semantic)
    {
        Content = content;
        Semantic = semantic;
        this.directory = directory;
        this.reader = reader;
        this.layout = layout;
        Analyzer = analyzer;
        PlainAnalyzer = plainAnalyzer;
        Spelling = spelling;
        var synonymTerms = PlainAnalyzer.Terms(string.Join("\n", content.Synonyms.SelectMany(g => g.Terms))).ToHashSet();
        vocabulary = IndexVocabulary.Read(reader, layout, SharedFields, [IndexFields.Text], synonymTerms);
        Searcher = new IndexSearcher(reader) { Similarity = new PassageStatisticsSimilarity(layout.Passages, vocabulary.SharedFields) };
        QuestionWordTerms = PlainAnalyzer.Terms(string.Join(" ", QuestionWords.All)).ToHashSet();

        // Rarest first, so that a follow-up's "it" takes the most specific subject ("eczema", not "gut health").
        Subjects = [.. content.Sections
            .SelectMany(section => section.Tags.Select(tag => (Tag: tag.Trim().ToLowerInvariant(), section.Id)))
            .Where(t => t.Tag.Length > 0)
            .GroupBy(t => t.Tag)
            .OrderBy(g => g.Select(t => t.Id).Distinct().Count())
            .Select(g => g.Key)];
    }

    /// <summary>The content's topic phrases (its sections' tags), lower case, the rarest across sections first.</summary>
    public IReadOnlyList<string> Subjects { get; }

    /// <summary>The content this index was built from.</summary>
    public KnowledgeContent Content { get; }

    /// <summary>The same content's vectors, for retrieval by meaning.</summary>
    public SemanticIndex Semantic { get; }

    /// <summary>The analyzer with synonyms, as used at index time.</summary>
    public KnowledgeAnalyzer Analyzer { get; }

    /// <summary>The same chain without synonyms: a question's own terms.</summary>
    public KnowledgeAnalyzer PlainAnalyzer { get; }

    /// <summary>Spelling correction against this version's vocabulary.</summary>
    public SpellingCorrector Spelling { get; }

    /// <summary>A BM25 searcher over the sections' and passages' documents.</summary>
    public IndexSearcher Searcher { get; }

    /// <summary>Each analysed field's terms, with the term each scores the same as.</summary>
    public IReadOnlyDictionary<string, FieldVocabulary> Fields => vocabulary.Fields;

    /// <summary>The analysed forms of <see cref="QuestionWords"/>.</summary>
    public IReadOnlySet<string> QuestionWordTerms { get; }

    /// <summary>Builds the index for <paramref name="content"/>, beside its already embedded <paramref name="semantic"/> vectors.</summary>
    public static KnowledgeIndex Build(KnowledgeContent content, SemanticIndex semantic)
    {
        var analyzer = KnowledgeAnalyzer.WithSynonyms(content.Synonyms);

        // The corrector reads only the content, so it is built beside the writers.
        var spelling = Task.Run(() => SpellingCorrector.From(content.Sections, content.Synonyms));
        var layout = new DocumentLayout(content.Sections);

        // Analysis dominates the build, so consecutive runs of sections are indexed side by side, one per core, each into
        // its own directory; then they are merged, in order, into one segment, which searches faster than several.
        var parts = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, content.Sections.Count));
        var runs = new RAMDirectory[parts];
        Parallel.For(0, parts, part =>
        {
            var first = content.Sections.Count * part / parts;
            var last = content.Sections.Count * (part + 1) / parts;
            runs[part] = Write(analyzer, content.Sections.Skip(first).Take(last - first));
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

        var reader = DirectoryReader.Open(directory);
        if (reader.MaxDoc != layout.Documents)
        {
            throw new InvalidOperationException($"The index has {reader.MaxDoc} documents; the layout expects {layout.Documents}.");
        }

        return new KnowledgeIndex(content, directory, reader, layout, analyzer, KnowledgeAnalyzer.WithoutSynonyms(), spelling.GetAwaiter().GetResult(), semantic);
    }

    /// <summary>A query for <paramref name="term"/>, which the index must have, with its place in the index already looked up.</summary>
    public TermQuery TermQuery(Term term) => new(term, termContexts.GetOrAdd(term, t => TermContext.Build(reader.Context, t)));

    /// <summary>
    /// The <paramref name="count"/> best passages for <paramref name="query"/>, best first (ties in passage order):
    /// each passage scores its own text plus its section's title, questions and tags.
    /// </summary>
    public List<PassageHit> TopPassages(Query query, int count)
    {
        var scores = ArrayPool<float>.Shared.Rent(layout.Documents);
        try
        {
            Array.Clear(scores, 0, layout.Documents);
            Searcher.Search(query, new DocumentScoreCollector(scores, inBulk: layout.Documents > BulkScoringWindow));

            // The worst kept passage first, so that it is the one a better passage replaces. Passages come in order,
            // so one that only ties the worst kept score ranks below it and is skipped with a single comparison.
            var best = new PriorityQueue<int, (float Score, int Passage)>(count + 1, WorstFirst);
            var worstKept = 0f;
            for (var document = 0; document < layout.Documents; document++)
            {
                var passage = layout.PassageOf(document);
                var score = passage < 0 ? 0 : scores[document] + scores[layout.SectionDocument(layout.SectionOf(document))];
                if (score <= worstKept)
                {
                    continue;
                }

                if (best.Count < count)
                {
                    best.Enqueue(passage, (score, passage));
                    continue;
                }

                best.EnqueueDequeue(passage, (score, passage));
                best.TryPeek(out _, out var worst);
                worstKept = worst.Score;
            }

            var hits = new List<PassageHit>(best.Count);
            while (best.TryDequeue(out var passage, out var ranked))
            {
                hits.Add(new PassageHit(layout.SectionOfPassage(passage), layout.NumberInSection(passage), ranked.Score));
            }

            hits.Reverse();
            return hits;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    /// <summary>
    /// How much a question word says about the topic: rare across sections weighs more, and a word no
    /// section has weighs most, since a question about something the knowledge never mentions is not answered by it.
    /// </summary>
    public double TermWeight(string term)
    {
        var sections = Math.Max(1, layout.Sections.Count);
        var frequency = vocabulary.SectionsWithTerm.GetValueOrDefault(term)?.Length ?? 0;
        return frequency == 0 ? UnknownTermWeight * Math.Log(1 + sections) : Math.Log(1 + ((double)sections / frequency));
    }

    /// <summary>Whether any section has the analysed <paramref name="term"/> (synonyms included).</summary>
    public bool HasTerm(string term) => vocabulary.SectionsWithTerm.ContainsKey(term);

    /// <summary>Whether section number <paramref name="section"/> has the analysed <paramref name="term"/> (synonyms included) in any field.</summary>
    public bool SectionHasTerm(int section, string term) =>
        vocabulary.SectionsWithTerm.TryGetValue(term, out var sections) && Array.BinarySearch(sections, section) >= 0;

    /// <summary>Takes a reference for one search; false when this version is already retired.</summary>
    public bool TryAcquire()
    {
        while (true)
        {
            var current = Volatile.Read(ref references);
            if (current <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref references, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    /// <summary>Gives back a reference; the last one closes the index.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref references) == 0)
        {
            reader.Dispose();
            directory.Dispose();
            Analyzer.Dispose();
            PlainAnalyzer.Dispose();
        }
    }

    /// <summary>Retires the owner's reference; searches still holding one finish first.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref retired, 1) == 0)
        {
            Release();
        }
    }

    /// <summary>Indexes <paramref name="sections"/> into a new in-memory directory: each section's own document, then its passages'.</summary>
    private static RAMDirectory Write(KnowledgeAnalyzer analyzer, IEnumerable<KnowledgeSection> sections)
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
