using GutSkin.Knowledge.Content;

namespace GutSkin.Knowledge.Semantic;

/// <summary>
/// The vectors of one version of the knowledge, kept in memory beside the Lucene index: each section's title and
/// alternative questions (what it is about) and each passage (what it states), and the labelled exemplar questions
/// (<see cref="AnswerExemplars"/>) with the sections that answer them. Compared by brute force, which stays well under a
/// millisecond up to tens of thousands of passages.
/// </summary>
internal sealed class SemanticIndex
{
    private readonly float[][][] aboutVectors;
    private readonly float[][][] passageVectors;
    private readonly Exemplar[] exemplars;
    private readonly int sectionCount;

    private SemanticIndex(SentenceEmbedder embedder, float[][][] aboutVectors, float[][][] passageVectors, Exemplar[] exemplars)
    {
        Embedder = embedder;
        this.aboutVectors = aboutVectors;
        this.passageVectors = passageVectors;
        this.exemplars = exemplars;
        sectionCount = aboutVectors.Length;
    }

    /// <summary>The model that made the vectors; questions must be embedded with it too.</summary>
    public SentenceEmbedder Embedder { get; }

    /// <summary>Embeds every section and <paramref name="exemplars"/> (none when null), reading unchanged texts from <paramref name="cache"/>.</summary>
    public static SemanticIndex Build(IReadOnlyList<KnowledgeSection> sections, SentenceEmbedder embedder, EmbeddingCache cache, AnswerExemplars? exemplars = null)
    {
        exemplars ??= AnswerExemplars.Parse(string.Empty);
        var texts = new List<string>();
        foreach (var section in sections)
        {
            texts.Add(section.Title);
            texts.AddRange(section.Questions);
            texts.AddRange(section.Passages);
        }

        // Resolved with the sections, so that the cache keeps the exemplars' vectors as it keeps the passages'.
        var sectionTexts = texts.Count;
        texts.AddRange(exemplars.Questions);
        var vectors = cache.Resolve(texts, embedder.Embed);
        var about = new float[sections.Count][][];
        var passages = new float[sections.Count][][];
        var next = 0;
        for (var s = 0; s < sections.Count; s++)
        {
            var aboutCount = 1 + sections[s].Questions.Count;
            about[s] = vectors[next..(next + aboutCount)];
            next += aboutCount;
            passages[s] = vectors[next..(next + sections[s].Passages.Count)];
            next += sections[s].Passages.Count;
        }

        return new SemanticIndex(embedder, about, passages, Exemplars(sections, exemplars, vectors[sectionTexts..]));
    }

    /// <summary>How close <paramref name="query"/> comes to section <paramref name="section"/>.</summary>
    public SectionSimilarity Compare(float[] query, int section)
    {
        var about = 0f;
        foreach (var vector in aboutVectors[section])
        {
            about = Math.Max(about, Vectors.Cosine(query, vector));
        }

        var passage = 0f;
        var bestPassage = 0;
        var passages = passageVectors[section];
        for (var p = 0; p < passages.Length; p++)
        {
            var similarity = Vectors.Cosine(query, passages[p]);
            if (similarity > passage)
            {
                passage = similarity;
                bestPassage = p;
            }
        }

        return new SectionSimilarity(about, passage, bestPassage);
    }

    /// <summary>The questions of the exemplars some section answers.</summary>
    public IEnumerable<string> AnswerableQuestions => exemplars.Where(e => e.Sections.Length > 0).Select(e => e.Question);

    /// <summary>The questions of the exemplars the knowledge does not answer.</summary>
    public IEnumerable<string> UnanswerableQuestions => exemplars.Where(e => e.Sections.Length == 0).Select(e => e.Question);

    /// <summary>The positions of the sections some exemplar is labelled with: the content the exemplars were labelled against.</summary>
    public IReadOnlySet<int> LabelledSections => exemplars.SelectMany(e => e.Sections).ToHashSet();

    /// <summary>
    /// How close the closest of <paramref name="queries"/> (a message and its sentences) comes to each section's exemplars
    /// and to the unanswerable ones, and which sections the nearest exemplars vote for. Exemplars <paramref name="hidden"/>
    /// picks out are skipped: fitting on the exemplars' own questions must not see them match themselves, and a measure of
    /// how the engine does for a new writer must not see that writer's questions. An unanswerable exemplar counts only when
    /// <paramref name="applies"/> (when given) says so.
    /// </summary>
    public NeighbourSimilarity Neighbours(IReadOnlyList<float[]> queries, Func<string, bool>? hidden = null, Func<string, bool>? applies = null)
    {
        var sections = new float[sectionCount];
        var none = 0f;
        var nearest = new PriorityQueue<Exemplar, float>(NeighbourSimilarity.Nearest + 1);
        foreach (var exemplar in exemplars)
        {
            if (hidden is not null && hidden(exemplar.Question))
            {
                continue;
            }

            var similarity = 0f;
            foreach (var query in queries)
            {
                similarity = Math.Max(similarity, Vectors.Cosine(query, exemplar.Vector));
            }

            if (exemplar.Sections.Length == 0 && (applies is null || applies(exemplar.Question)))
            {
                none = Math.Max(none, similarity);
            }

            foreach (var section in exemplar.Sections)
            {
                sections[section] = Math.Max(sections[section], similarity);
            }

            nearest.Enqueue(exemplar, similarity);
            if (nearest.Count > NeighbourSimilarity.Nearest)
            {
                nearest.Dequeue();
            }
        }

        var votes = new float[sectionCount];
        while (nearest.TryDequeue(out var exemplar, out _))
        {
            foreach (var section in exemplar.Sections)
            {
                votes[section] += 1f / NeighbourSimilarity.Nearest;
            }
        }

        return new NeighbourSimilarity(sections, none, votes);
    }

    /// <summary>The vector of one section's title.</summary>
    public ReadOnlySpan<float> TitleVector(int section) => aboutVectors[section][0];

    /// <summary>The vector of one passage.</summary>
    public ReadOnlySpan<float> PassageVector(int section, int passage) => passageVectors[section][passage];

    /// <summary>How close <paramref name="query"/> comes to one passage.</summary>
    public float PassageSimilarity(float[] query, int section, int passage) => Vectors.Cosine(query, passageVectors[section][passage]);

    // An exemplar whose sections are all gone from the content says nothing and is dropped; "none" ones are kept only
    // for content that some exemplar is about, since they are near-topic questions for that content, not for any other.
    private static Exemplar[] Exemplars(IReadOnlyList<KnowledgeSection> sections, AnswerExemplars exemplars, float[][] vectors)
    {
        var positions = sections.Select((section, position) => (section.Id, position)).ToDictionary(s => s.Id, s => s.position, StringComparer.Ordinal);
        var kept = new List<Exemplar>(exemplars.Questions.Count);
        for (var e = 0; e < exemplars.Questions.Count; e++)
        {
            var labels = exemplars.Labels[e];
            var answered = labels.Where(positions.ContainsKey).Select(id => positions[id]).ToArray();
            if (answered.Length > 0 || labels is [AnswerExemplars.None])
            {
                kept.Add(new Exemplar(exemplars.Questions[e], vectors[e], answered));
            }
        }

        return kept.Any(e => e.Sections.Length > 0) ? [.. kept] : [];
    }

    private sealed record Exemplar(string Question, float[] Vector, int[] Sections);
}
