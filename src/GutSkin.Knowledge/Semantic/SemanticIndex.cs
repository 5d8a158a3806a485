using GutSkin.Knowledge.Content;

namespace GutSkin.Knowledge.Semantic;

/// <summary>
/// The vectors of one version of the knowledge, kept in memory beside the Lucene index: each section's title and
/// alternative questions (what it is about) and each passage (what it states). Compared by brute force, which stays
/// well under a millisecond up to tens of thousands of passages.
/// </summary>
internal sealed class SemanticIndex
{
    private readonly float[][][] aboutVectors;
    private readonly float[][][] passageVectors;

    private SemanticIndex(SentenceEmbedder embedder, float[][][] aboutVectors, float[][][] passageVectors)
    {
        Embedder = embedder;
        this.aboutVectors = aboutVectors;
        this.passageVectors = passageVectors;
    }

    /// <summary>The model that made the vectors; questions must be embedded with it too.</summary>
    public SentenceEmbedder Embedder { get; }

    /// <summary>Embeds every section, reading unchanged texts from <paramref name="cache"/>.</summary>
    public static SemanticIndex Build(IReadOnlyList<KnowledgeSection> sections, SentenceEmbedder embedder, EmbeddingCache cache)
    {
        var texts = new List<string>();
        foreach (var section in sections)
        {
            texts.Add(section.Title);
            texts.AddRange(section.Questions);
            texts.AddRange(section.Passages);
        }

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

        return new SemanticIndex(embedder, about, passages);
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

    /// <summary>How close <paramref name="query"/> comes to one passage.</summary>
    public float PassageSimilarity(float[] query, int section, int passage) => Vectors.Cosine(query, passageVectors[section][passage]);
}
