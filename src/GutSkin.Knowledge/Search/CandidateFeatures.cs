using GutSkin.Knowledge.Semantic;

namespace GutSkin.Knowledge.Search;

/// <summary>What the section scorer sees of one section for one question.</summary>
internal static class CandidateFeatures
{
    /// <summary>The number of features.</summary>
    public const int Count = 9;

    /// <summary>
    /// Semantic closeness to what the section is about and to what it states, BM25 evidence, topic coverage, the
    /// section's place in each ranking (as in reciprocal-rank fusion, 1 for first, 1/2 for second...), the closest
    /// labelled question it answers (an exemplar or one of its own front-matter questions) and its place in that ranking,
    /// and the share of the nearest exemplars it answers.
    /// </summary>
    public static double[] Of(SectionSimilarity semantic, LexicalCandidate? lexical, int semanticRank, int lexicalRank, double neighbour, int neighbourRank, double votes) =>
    [
        semantic.About,
        semantic.Passage,
        lexical?.Score ?? 0,
        lexical?.Coverage ?? 0,
        1.0 / (1 + semanticRank),
        lexical is null ? 0 : 1.0 / (1 + lexicalRank),
        neighbour,
        1.0 / (1 + neighbourRank),
        votes,
    ];

    /// <summary>The closest labelled question section <paramref name="section"/> answers: an exemplar or its own front-matter question or title.</summary>
    public static double Neighbour(SectionSimilarity semantic, NeighbourSimilarity neighbours, int section) => Math.Max(neighbours.Of(section), semantic.About);
}
