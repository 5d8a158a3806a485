using GutSkin.Knowledge.Semantic;

namespace GutSkin.Knowledge.Search;

/// <summary>Everything retrieval learned about one question before any fitted weight is applied.</summary>
/// <param name="Candidates">Every section, with its semantic and lexical evidence and its scorer features.</param>
/// <param name="UnknownShare">The share of the question's topic words that no section uses.</param>
/// <param name="LexicalTop">The section BM25 ranks first, or -1 when no word matched.</param>
/// <param name="Words">The number of words in the searched text.</param>
/// <param name="Query">The question's vector.</param>
internal sealed record RetrievalEvidence(
    IReadOnlyList<RetrievalCandidate> Candidates,
    double UnknownShare,
    int LexicalTop,
    int Words,
    float[] Query)
{
    /// <summary>The section closest in meaning, or -1.</summary>
    public int SemanticTop { get; init; } = -1;

    /// <summary>The number of the question's topic words that no section uses.</summary>
    public int UnknownTerms { get; init; }

    /// <summary>The number of the question's topic words.</summary>
    public int TopicTerms { get; init; }

    /// <summary>True when the question asks for a duration, an amount, a name or a place.</summary>
    public bool AsksSpecific { get; init; }

    /// <summary>True when the question names a topic the labelled questions mark as not covered (<see cref="KnowledgeIndex.NamesUncoveredTopic"/>).</summary>
    public bool NamesUncoveredTopic { get; init; }

    /// <summary>How many of the question's words no section has and no answerable labelled question uses (<see cref="KnowledgeIndex.NovelTerms"/>).</summary>
    public int NovelTerms { get; init; }

    /// <summary>The question's analysed words, without synonyms.</summary>
    public IReadOnlySet<string> QuestionTerms { get; init; } = new HashSet<string>();

    /// <summary>The message's vector, then its question sentences'.</summary>
    public IReadOnlyList<float[]> Queries { get; init; } = [];

    /// <summary>How close the question comes to the labelled exemplar questions.</summary>
    public NeighbourSimilarity Neighbours { get; init; } = new([], 0, []);
}

/// <summary>One section's evidence for one question.</summary>
/// <param name="Section">The section's position in the content.</param>
/// <param name="Semantic">Closeness by meaning.</param>
/// <param name="Lexical">BM25 evidence, or null when no word matched it.</param>
/// <param name="Features">The section scorer's input (<see cref="CandidateFeatures"/>).</param>
internal sealed record RetrievalCandidate(int Section, SectionSimilarity Semantic, LexicalCandidate? Lexical, double[] Features);
