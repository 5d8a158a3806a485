using Lucene.Net.Tartarus.Snowball.Ext;

namespace GutSkin.Knowledge.Understanding;

/// <summary>
/// Tells a correctly spelt form of a word the knowledge uses from a slip, so that spelling correction leaves it as typed:
/// "stressed" beside "stress", "digestion" beside "digestive", "flaring" beside "flare" (the same Porter stem, the word
/// being that stem and an ending).
/// </summary>
/// <remarks>
/// Correcting such a word gained nothing (search reads stems) and made the answer's text differ from the message the
/// safety screen had embedded, which cost the message another model run.
/// </remarks>
internal sealed class CorrectlySpeltWords
{
    private readonly HashSet<string> stems;

    /// <summary>Reads the stems of the knowledge's own (lower-case) words.</summary>
    public CorrectlySpeltWords(IEnumerable<string> knownWords)
    {
        var stemmer = new PorterStemmer();
        stems = knownWords.Select(w => Stem(stemmer, w)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>True when the lower-case <paramref name="word"/> is another form of a word the knowledge uses.</summary>
    public bool Contains(string word)
    {
        var stem = Stem(new PorterStemmer(), word);

        // The stem must be the word less an ending ("flaring": "flar" + "ing", stem "flare"): a slip in the ending can
        // stem alike ("psoriasys" and "psoriasis" both give "psoriasi") and is still corrected.
        var kept = stem.EndsWith('e') ? stem[..^1] : stem;
        return word.Length > kept.Length && word.StartsWith(kept, StringComparison.Ordinal) && stems.Contains(stem);
    }

    private static string Stem(PorterStemmer stemmer, string word)
    {
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
