namespace GutSkin.Knowledge.Search;

/// <summary>
/// The terms one field of the index has, each with the term it scores the same as. Synonyms injected at index
/// time often share every posting ("link", "connection", "relationship", "axis"), so a question's expanded
/// synonyms need one clause per set of such terms, weighted by how many of them it names, not one clause each.
/// </summary>
internal sealed class FieldVocabulary
{
    private readonly Dictionary<string, string> scoringTerms;

    /// <summary>A vocabulary whose terms each score as themselves, except those mapped in <paramref name="sharedPostings"/>.</summary>
    public FieldVocabulary(IEnumerable<string> terms, IReadOnlyDictionary<string, string> sharedPostings)
    {
        scoringTerms = terms.ToDictionary(t => t, t => sharedPostings.GetValueOrDefault(t, t), StringComparer.Ordinal);
    }

    /// <summary>False when no document has <paramref name="term"/> in the field; otherwise the term that scores the same, maybe itself.</summary>
    public bool TryGetScoringTerm(string term, out string scoringTerm) => scoringTerms.TryGetValue(term, out scoringTerm!);
}
