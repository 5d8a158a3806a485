namespace GutSkin.Knowledge.Search;

/// <summary>What the answerability model sees of a question and its best section.</summary>
internal static class AnswerabilityFeatures
{
    /// <summary>The number of described features, before the question-passage products.</summary>
    public const int Described = 17;

    // The products of two unit vectors' components are about a four-hundredth of their cosine each: scaled up to the
    // size of the described features, so that one L2 penalty suits both.
    private const float ProductScale = 20;

    /// <summary>
    /// The best section's score, its semantic closeness (about / states), its topic coverage,
    /// the share and number of the question's topic words the knowledge never uses, whether BM25 and meaning each put the
    /// same section first, the message's length, how many topic words it has, and whether it asks for a specific
    /// (a duration, an amount, a name) that articles rarely state; then how close it comes to a labelled question the
    /// section answers, to one the knowledge does not answer (that applies to it), and the difference; last, the best two
    /// sections' scores together (capped at 1), so that a question two related sections share ("does diet affect
    /// psoriasis": the diet advice and the psoriasis section) is not doubted for being shared; whether it names a topic
    /// the labelled questions mark as not covered; and how many of its words neither the knowledge nor any answered
    /// labelled question uses ("urticaria", "berberine"), a new writer's named thing no one has been answered about.
    /// Then, component by component, the product of the question's embedding and that of the passage it would be answered
    /// with (<paramref name="passage"/>), as sentence-pair classifiers read a pair: which kinds of agreement mean the passage
    /// answers. Both vectors are already computed (no model run more), and the passage is the live knowledge's, so an edit
    /// by content staff changes what the model reads, where the question's own embedding alone made the weights remember
    /// which topics were answered when they were fitted.
    /// </summary>
    public static double[] Of(double best, double next, RetrievalCandidate candidate, RetrievalEvidence evidence, ReadOnlySpan<float> passage)
    {
        var features = new double[Described + passage.Length];
        DescribedFeatures(best, next, candidate, evidence).CopyTo(features, 0);
        for (var i = 0; i < passage.Length; i++)
        {
            features[Described + i] = evidence.Query[i] * passage[i] * ProductScale;
        }

        return features;
    }

    private static double[] DescribedFeatures(double best, double next, RetrievalCandidate candidate, RetrievalEvidence evidence) =>
    [
        best,
        candidate.Semantic.About,
        candidate.Semantic.Passage,
        candidate.Lexical?.Coverage ?? 0,
        evidence.UnknownShare,
        candidate.Section == evidence.LexicalTop ? 1 : 0,
        Math.Min(1, evidence.Words / 40.0),
        candidate.Section == evidence.SemanticTop ? 1 : 0,
        Math.Min(1, evidence.UnknownTerms / 3.0),
        evidence.AsksSpecific ? 1 : 0,
        Math.Min(1, evidence.TopicTerms / 10.0),
        CandidateFeatures.Neighbour(candidate.Semantic, evidence.Neighbours, candidate.Section),
        evidence.Neighbours.None,
        CandidateFeatures.Neighbour(candidate.Semantic, evidence.Neighbours, candidate.Section) - evidence.Neighbours.None,
        Math.Min(1, best + next),
        evidence.NamesUncoveredTopic ? 1 : 0,
        Math.Min(1, evidence.NovelTerms / 3.0),
    ];
}
