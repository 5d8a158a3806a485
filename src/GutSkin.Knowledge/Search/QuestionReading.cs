using GutSkin.Knowledge.Semantic;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// What retrieval reads of one question before it looks at the labelled exemplars: its spelling, BM25 and closeness by
/// meaning, which are most of the cost. <c>calibrate --by-origin</c> reads each question once and compares it with the
/// exemplars again for each writer it leaves out (<see cref="AnswerFinder.Gather(QuestionReading, Func{string, bool}?)"/>).
/// </summary>
/// <param name="Searched">The message's searched part.</param>
/// <param name="QuestionTerms">Its analysed words, without synonyms.</param>
/// <param name="Lexical">The sections BM25 matched, by position.</param>
/// <param name="LexicalRank">Their places in the BM25 ranking.</param>
/// <param name="TopicTerms">The number of its topic words.</param>
/// <param name="UnknownTerms">The number of those no section uses.</param>
/// <param name="Queries">The message's vector, then its question sentences'.</param>
/// <param name="Semantic">Per section, how close the closest of <paramref name="Queries"/> comes.</param>
/// <param name="SemanticRank">Per section, its place by <see cref="SectionSimilarity.Best"/>.</param>
internal sealed record QuestionReading(
    string Searched,
    IReadOnlySet<string> QuestionTerms,
    IReadOnlyDictionary<int, LexicalCandidate> Lexical,
    IReadOnlyDictionary<int, int> LexicalRank,
    int TopicTerms,
    int UnknownTerms,
    IReadOnlyList<float[]> Queries,
    SectionSimilarity[] Semantic,
    int[] SemanticRank);
