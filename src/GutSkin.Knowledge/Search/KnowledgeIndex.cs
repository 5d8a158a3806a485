using System.Runtime.InteropServices;
using GutSkin.Knowledge.Content;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// An immutable in-memory Lucene index of one version of the knowledge: one document per passage
/// (each paragraph and list item), carrying its section's title, questions and tags.
/// Reference-counted, so that a search in flight finishes on the version it started with after a swap.
/// </summary>
internal sealed class KnowledgeIndex : IDisposable
{
    private const double UnknownTermWeight = 1.5;

    /// <summary>The analysed fields, whose terms make up a section's vocabulary (the section id key is not one).</summary>
    private static readonly string[] TextFields = [IndexFields.Title, IndexFields.Questions, IndexFields.Text, IndexFields.Tags];

    private readonly RAMDirectory directory;
    private readonly DirectoryReader reader;
    private int references = 1;
    private int retired;
    private readonly Dictionary<string, int> sectionFrequency;

    private KnowledgeIndex(KnowledgeContent content, RAMDirectory directory, DirectoryReader reader, KnowledgeAnalyzer analyzer, SpellingCorrector spelling)
    {
        Content = content;
        this.directory = directory;
        this.reader = reader;
        Analyzer = analyzer;
        PlainAnalyzer = KnowledgeAnalyzer.WithoutSynonyms();
        Searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        Passages = PassageOfEachDocument(reader);
        Spelling = spelling;
        SectionsById = content.Sections.ToDictionary(s => s.Id);
        (SectionTerms, sectionFrequency) = SectionVocabularies(reader, content.Sections, Passages);
        QuestionWordTerms = PlainAnalyzer.Terms(string.Join(" ", QuestionWords.All)).ToHashSet();
    }

    /// <summary>The content this index was built from.</summary>
    public KnowledgeContent Content { get; }

    /// <summary>The analyzer with synonyms, as used at index time.</summary>
    public KnowledgeAnalyzer Analyzer { get; }

    /// <summary>The same chain without synonyms: a question's own terms.</summary>
    public KnowledgeAnalyzer PlainAnalyzer { get; }

    /// <summary>A BM25 searcher over the passages.</summary>
    public IndexSearcher Searcher { get; }

    /// <summary>The section id and passage number of each document, by document number: no stored-field read per hit.</summary>
    public IReadOnlyList<(string SectionId, int Passage)> Passages { get; }

    /// <summary>Spelling correction against this version's vocabulary.</summary>
    public SpellingCorrector Spelling { get; }

    /// <summary>Sections by id.</summary>
    public IReadOnlyDictionary<string, KnowledgeSection> SectionsById { get; }

    /// <summary>Every analysed term (synonyms included) of each section, to tell which question words it covers.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> SectionTerms { get; }

    /// <summary>The analysed forms of <see cref="QuestionWords"/>.</summary>
    public IReadOnlySet<string> QuestionWordTerms { get; }

    /// <summary>Builds the index for <paramref name="content"/>.</summary>
    public static KnowledgeIndex Build(KnowledgeContent content)
    {
        var analyzer = KnowledgeAnalyzer.WithSynonyms(content.Synonyms);

        // The corrector reads only the content, so it is built on the other core while the writer analyses the passages.
        var spelling = Task.Run(() => SpellingCorrector.From(content.Sections, content.Synonyms));
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(KnowledgeAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
        };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var section in content.Sections)
            {
                var questions = string.Join("\n", section.Questions);
                var tags = string.Join("\n", section.Tags);
                for (var i = 0; i < section.Passages.Count; i++)
                {
                    writer.AddDocument(new Document
                    {
                        new StringField(IndexFields.Section, section.Id, Field.Store.YES),
                        new StoredField(IndexFields.Passage, i),
                        new TextField(IndexFields.Title, section.Title, Field.Store.NO),
                        new TextField(IndexFields.Questions, questions, Field.Store.NO),
                        new TextField(IndexFields.Text, section.Passages[i], Field.Store.NO),
                        new TextField(IndexFields.Tags, tags, Field.Store.NO),
                    });
                }
            }

            writer.Commit();
        }

        return new KnowledgeIndex(content, directory, DirectoryReader.Open(directory), analyzer, spelling.GetAwaiter().GetResult());
    }

    /// <summary>
    /// How much a question word says about the topic: rare across sections weighs more, and a word no
    /// section has weighs most, since a question about something the knowledge never mentions is not answered by it.
    /// </summary>
    public double TermWeight(string term)
    {
        var sections = Math.Max(1, SectionTerms.Count);
        var frequency = sectionFrequency.GetValueOrDefault(term);
        return frequency == 0 ? UnknownTermWeight * Math.Log(1 + sections) : Math.Log(1 + ((double)sections / frequency));
    }

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

    private static (string SectionId, int Passage)[] PassageOfEachDocument(DirectoryReader reader)
    {
        var passages = new (string SectionId, int Passage)[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var document = reader.Document(doc);
            passages[doc] = (document.Get(IndexFields.Section), document.GetField(IndexFields.Passage).GetInt32Value() ?? 0);
        }

        return passages;
    }

    /// <summary>
    /// Each section's terms, and how many sections have each term, read from the postings of the built index:
    /// the writer has already analysed every field, so the text is not analysed a second time.
    /// </summary>
    private static (Dictionary<string, HashSet<string>> Terms, Dictionary<string, int> Frequency) SectionVocabularies(
        DirectoryReader reader, IReadOnlyList<KnowledgeSection> sections, IReadOnlyList<(string SectionId, int Passage)> passages)
    {
        var terms = new Dictionary<string, HashSet<string>>(sections.Count, StringComparer.Ordinal);
        var vocabularies = new HashSet<string>[sections.Count];
        var ordinals = new Dictionary<string, int>(sections.Count, StringComparer.Ordinal);
        for (var i = 0; i < sections.Count; i++)
        {
            vocabularies[i] = new HashSet<string>(StringComparer.Ordinal);
            terms[sections[i].Id] = vocabularies[i];
            ordinals[sections[i].Id] = i;
        }

        var sectionOfDocument = passages.Select(p => ordinals[p.SectionId]).ToArray();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in TextFields)
        {
            // Null when no document has a term in the field, e.g. no section has tags.
            var fieldTerms = MultiFields.GetTerms(reader, field);
            if (fieldTerms is null)
            {
                continue;
            }

            var termsEnum = fieldTerms.GetEnumerator();
            DocsEnum? documents = null;
            while (termsEnum.MoveNext())
            {
                var term = termsEnum.Term.Utf8ToString();
                documents = termsEnum.Docs(null, documents, DocsFlags.NONE);
                var previous = -1;
                int document;
                while ((document = documents.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    // A section's passages are mostly neighbouring documents: one set look-up per run, not per passage.
                    var section = sectionOfDocument[document];
                    if (section != previous && vocabularies[section].Add(term))
                    {
                        CollectionsMarshal.GetValueRefOrAddDefault(frequency, term, out _)++;
                    }

                    previous = section;
                }
            }
        }

        return (terms, frequency);
    }
}
