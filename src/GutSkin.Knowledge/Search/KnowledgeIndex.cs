using System.Buffers;
using System.Collections.Concurrent;
using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Semantic;
using GutSkin.Knowledge.Understanding;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// An immutable in-memory Lucene index of one version of the knowledge: one document per section with its title,
/// questions and tags, then one document per passage (each paragraph and list item) with its text. A passage
/// scores as if it carried its section's fields (see <see cref="PassageStatisticsSimilarity"/>).
/// Its lifetime is its Lucene reader's reference count (see <see cref="KnowledgeIndexManager"/>): a search in flight
/// finishes on the version it started with after a swap, and the version closes when its last reference is released.
/// </summary>
internal sealed class KnowledgeIndex : IDisposable, IReaderDisposedListener
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

    // Per unanswerable exemplar, the words that put it outside the knowledge it was labelled against ("keto", "rosacea"),
    // read once per version; null once the live knowledge has one of them, which makes the label stale.
    private readonly Dictionary<string, string[]?> outsideWords;
    private readonly Dictionary<string, int> listedQuestions;

    // Per word, the unanswerable exemplars it puts outside the knowledge, and the answerable exemplars that use it.
    private readonly Dictionary<string, List<string>> uncoveredBy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> answeredWith = new(StringComparer.Ordinal);

    // Where each term's postings start, looked up once per version rather than by every query that names the term.
    private readonly ConcurrentDictionary<Term, TermContext> termContexts = new();
    private int disposed;

    private KnowledgeIndex(
        KnowledgeContent content,
        RAMDirectory directory,
        DirectoryReader reader,
        DocumentLayout layout,
        KnowledgeAnalyzer analyzer,
        KnowledgeAnalyzer plainAnalyzer,
        SpellingCorrector spelling,
        SemanticIndex semantic,
        IReadOnlyDictionary<string, string[]>? recordedOutsideWords)
    {
        Content = content;
        Snapshot = new KnowledgeSnapshot(content, DateTimeOffset.UtcNow);
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
        PassageWords = new PassageWords(content.Sections, analyzer);
        QuestionWordTerms = PlainAnalyzer.Terms(string.Join(" ", QuestionWords.All)).ToHashSet();
        LabelledOutsideWords = OutsideWordsWhenLabelled(semantic, recordedOutsideWords);
        outsideWords = LabelledOutsideWords.ToDictionary(e => e.Key, e => e.Value.Any(HasTerm) ? null : e.Value, StringComparer.Ordinal);
        foreach (var (question, words) in outsideWords)
        {
            foreach (var word in words ?? [])
            {
                Add(uncoveredBy, word, question);
            }
        }

        foreach (var question in semantic.AnswerableQuestions)
        {
            foreach (var word in PlainAnalyzer.Terms(Spelling.Correct(question)).Distinct())
            {
                Add(answeredWith, word, question);
            }
        }

        // Rarest first, so that a follow-up's "it" takes the most specific subject ("eczema", not "gut health").
        Subjects = [.. content.Sections
            .SelectMany(section => section.Tags.Select(tag => (Tag: tag.Trim().ToLowerInvariant(), section.Id)))
            .Where(t => t.Tag.Length > 0)
            .GroupBy(t => t.Tag)
            .OrderBy(g => g.Select(t => t.Id).Distinct().Count())
            .Select(g => g.Key)];
        var carriers = content.Sections.SelectMany(section => TagsOf(section).Distinct()).CountBy(tag => tag).ToDictionary();
        OwnSubjects = [.. content.Sections.Select(section => TagsOf(section).Where((tag, i) => i == 0 || carriers[tag] == 1).ToHashSet(StringComparer.Ordinal))];
        listedQuestions = content.Sections
            .SelectMany((section, number) => section.Questions.Select(q => (Words: PlainWords.Of(q), number)))
            .GroupBy(q => q.Words, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().number, StringComparer.Ordinal);
        reader.AddReaderDisposedListener(this);
    }

    private static IEnumerable<string> TagsOf(KnowledgeSection section) =>
        section.Tags.Select(tag => tag.Trim().ToLowerInvariant()).Where(tag => tag.Length > 0);

    /// <summary>
    /// The number of the section that lists <paramref name="question"/> among its questions, word for word (case and
    /// punctuation aside); null when none does.
    /// </summary>
    public int? SectionListing(string question) => listedQuestions.TryGetValue(PlainWords.Of(question), out var section) ? section : null;

    /// <summary>The content's topic phrases (its sections' tags), lower case, the rarest across sections first.</summary>
    public IReadOnlyList<string> Subjects { get; }

    /// <summary>
    /// Per section, the subjects that are its own: its first tag ("eczema", "psoriasis") and the tags no other section
    /// has ("atopic dermatitis", "lupus"); "gut health" or "probiotics", shared by several sections, are nobody's own.
    /// </summary>
    public IReadOnlyList<IReadOnlySet<string>> OwnSubjects { get; }

    /// <summary>The content this index was built from.</summary>
    public KnowledgeContent Content { get; }

    /// <summary>The same content, with when it was built: what <see cref="LiveKnowledge.Current"/> shows while this version is live.</summary>
    public KnowledgeSnapshot Snapshot { get; }

    /// <summary>How many references hold this version open: the owner's (or the manager's) and one per search in flight.</summary>
    public int RefCount => reader.RefCount;

    /// <summary>The same content's vectors, for retrieval by meaning.</summary>
    public SemanticIndex Semantic { get; }

    /// <summary>The analyzer with synonyms, as used at index time.</summary>
    public KnowledgeAnalyzer Analyzer { get; }

    /// <summary>The same chain without synonyms: a question's own terms.</summary>
    public KnowledgeAnalyzer PlainAnalyzer { get; }

    /// <summary>Spelling correction against this version's vocabulary.</summary>
    public SpellingCorrector Spelling { get; }

    /// <summary>Each passage's and title's analysed words, for choosing the passage shown.</summary>
    public PassageWords PassageWords { get; }

    /// <summary>A BM25 searcher over the sections' and passages' documents.</summary>
    public IndexSearcher Searcher { get; }

    /// <summary>Each analysed field's terms, with the term each scores the same as.</summary>
    public IReadOnlyDictionary<string, FieldVocabulary> Fields => vocabulary.Fields;

    /// <summary>The analysed forms of <see cref="QuestionWords"/>.</summary>
    public IReadOnlySet<string> QuestionWordTerms { get; }

    /// <summary>
    /// Per unanswerable exemplar, its analysed words (question words aside) outside the knowledge it was labelled against:
    /// as <c>calibrate</c> recorded them, or, for an exemplar without a record, those no section some exemplar is
    /// labelled with has here. What the next <c>calibrate</c> records.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> LabelledOutsideWords { get; }

    /// <summary>
    /// Builds the index for <paramref name="content"/>, beside its already embedded <paramref name="semantic"/> vectors.
    /// <paramref name="recordedOutsideWords"/> are the unanswerable exemplars' outside words as <c>calibrate</c> recorded
    /// them (<see cref="AnswerModel.OutsideWords"/>); an exemplar without a record is read against this content.
    /// </summary>
    public static KnowledgeIndex Build(KnowledgeContent content, SemanticIndex semantic, IReadOnlyDictionary<string, string[]>? recordedOutsideWords = null)
    {
        var analyzer = KnowledgeAnalyzer.WithSynonyms(content.Synonyms);

        // The corrector reads only the content, so it is built beside the writers.
        var spelling = Task.Run(() => SpellingCorrector.From(content.Sections, content.Synonyms));
        var layout = new DocumentLayout(content.Sections);
        var directory = KnowledgeIndexWriter.Write(analyzer, content.Sections);
        var reader = DirectoryReader.Open(directory);
        if (reader.MaxDoc != layout.Documents)
        {
            throw new InvalidOperationException($"The index has {reader.MaxDoc} documents; the layout expects {layout.Documents}.");
        }

        return new KnowledgeIndex(content, directory, reader, layout, analyzer, KnowledgeAnalyzer.WithoutSynonyms(), spelling.GetAwaiter().GetResult(), semantic, recordedOutsideWords);
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

    /// <summary>
    /// Whether the unanswerable exemplar <paramref name="exemplar"/> speaks to a question with the analysed words
    /// <paramref name="questionTerms"/>: it has no word outside the knowledge it was labelled against, or the question
    /// shares one. "Keto diet for psoriasis" is not covered because of "keto"; "does diet affect psoriasis" is as close in
    /// meaning but does not say it. Once a section on kombucha is added, "is kombucha good for you" no longer applies.
    /// </summary>
    public bool Applies(string exemplar, IReadOnlySet<string> questionTerms) =>
        !outsideWords.TryGetValue(exemplar, out var words) || (words is not null && (words.Length == 0 || words.Any(questionTerms.Contains)));

    /// <summary>
    /// Whether a question with the analysed words <paramref name="questionTerms"/> names a topic the labelled questions mark
    /// as not covered: one of its words puts an unanswerable exemplar outside the knowledge ("keto", "vitiligo",
    /// "kombucha") and no answerable exemplar uses it ("granddaughter" is in both kinds and marks nothing). Exemplars
    /// <paramref name="hidden"/> picks out do not count, as in <see cref="SemanticIndex.Neighbours"/>.
    /// </summary>
    public bool NamesUncoveredTopic(IReadOnlySet<string> questionTerms, Func<string, bool>? hidden)
    {
        bool Counts(string question) => hidden is null || !hidden(question);
        return questionTerms.Any(term =>
            uncoveredBy.TryGetValue(term, out var uncovered) && uncovered.Any(Counts)
            && !(answeredWith.TryGetValue(term, out var answered) && answered.Any(Counts)));
    }

    /// <summary>
    /// How many of the analysed words <paramref name="questionTerms"/> no section has and no answerable labelled question
    /// uses ("urticaria", "ramadan"): a named thing the knowledge has never been asked about and answered. Numbers and
    /// question words do not count; exemplars <paramref name="hidden"/> picks out do not count.
    /// </summary>
    public int NovelTerms(IReadOnlySet<string> questionTerms, Func<string, bool>? hidden) =>
        questionTerms.Count(term =>
            !HasTerm(term) && !QuestionWordTerms.Contains(term) && !term.Any(char.IsDigit)
            && !(answeredWith.TryGetValue(term, out var answered) && answered.Any(q => hidden is null || !hidden(q))));

    private static void Add(Dictionary<string, List<string>> map, string word, string question)
    {
        if (!map.TryGetValue(word, out var questions))
        {
            map[word] = questions = [];
        }

        questions.Add(question);
    }

    // A recorded exemplar keeps the words it was labelled with even when a section has gained one of them since (staff
    // adding "is kombucha good for psoriasis" to the gut-health advice): read again now, it would have none left and speak
    // against every question. An exemplar without a record is read against the sections some exemplar is labelled with.
    private Dictionary<string, string[]> OutsideWordsWhenLabelled(SemanticIndex semantic, IReadOnlyDictionary<string, string[]>? recorded)
    {
        var labelled = semantic.LabelledSections;
        return semantic.UnanswerableQuestions.Distinct(StringComparer.Ordinal).ToDictionary(
            question => question,
            question => recorded?.GetValueOrDefault(question)
                ?? [.. PlainAnalyzer.Terms(Spelling.Correct(question)).Distinct()
                    .Where(t => !QuestionWordTerms.Contains(t) && !labelled.Any(s => SectionHasTerm(s, t)))],
            StringComparer.Ordinal);
    }

    /// <summary>Whether any section has the analysed <paramref name="term"/> (synonyms included).</summary>
    public bool HasTerm(string term) => vocabulary.SectionsWithTerm.ContainsKey(term);

    /// <summary>Whether section number <paramref name="section"/> has the analysed <paramref name="term"/> (synonyms included) in any field.</summary>
    public bool SectionHasTerm(int section, string term) =>
        vocabulary.SectionsWithTerm.TryGetValue(term, out var sections) && Array.BinarySearch(sections, section) >= 0;

    /// <summary>Takes a reference for one search; false when this version has already closed.</summary>
    public bool TryIncRef() => reader.TryIncRef();

    /// <summary>Gives back a reference; the last one closes the reader, and with it this version (see <see cref="OnDispose"/>).</summary>
    public void DecRef() => reader.DecRef();

    /// <summary>Gives back the builder's reference, once however often it is called; searches still holding one finish first.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            DecRef();
        }
    }

    /// <summary>Frees what the reader does not own, once Lucene has closed the reader after its last reference.</summary>
    public void OnDispose(IndexReader reader)
    {
        directory.Dispose();
        Analyzer.Dispose();
        PlainAnalyzer.Dispose();
    }
}
