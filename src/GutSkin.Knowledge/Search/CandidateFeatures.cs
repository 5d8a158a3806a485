using GutSkin.Knowledge.Semantic;

namespace GutSkin.Knowledge.Search;

/// <summary>What the section scorer sees of one section for one question.</summary>
internal static class CandidateFeatures
{
    /// <summary>The number of features.</summary>
    public const int Count = 7;

    /// <summary>
    /// Semantic closeness to what the section is about and to what it states, BM25 evidence, topic coverage, the
    /// section's place in each ranking (as in reciprocal-rank fusion, 1 for first, 1/2 for second...), and the closest
    /// labelled question it answers (an exemplar or one of its own front-matter questions).
    /// </summary>
    public static double[] Of(SectionSimilarity semantic, LexicalCandidate? lexical, int semanticRank, int lexicalRank, float neighbour) =>
    [
        semantic.About,
        semantic.Passage,
        lexical?.Score ?? 0,
        lexical?.Coverage ?? 0,
        1.0 / (1 + semanticRank),
        lexical is null ? 0 : 1.0 / (1 + lexicalRank),
        Math.Max(neighbour, semantic.About),
    ];
}
