namespace GutSkin.Knowledge.Search;

/// <summary>A section as the lexical (BM25) search saw it.</summary>
/// <param name="Section">The section's position in the content.</param>
/// <param name="Passage">Its best passage by BM25.</param>
/// <param name="Score">Its BM25 evidence relative to the best section's, in [0, 1].</param>
/// <param name="Coverage">The share of the question's topic words it contains, rare words weighing more, in [0, 1].</param>
internal readonly record struct LexicalCandidate(int Section, int Passage, double Score, double Coverage);
