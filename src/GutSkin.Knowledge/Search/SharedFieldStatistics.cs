namespace GutSkin.Knowledge.Search;

/// <summary>
/// A field indexed once per section (title, questions, tags), counted as if each passage of the section carried it:
/// see <see cref="PassageStatisticsSimilarity"/>.
/// </summary>
internal sealed class SharedFieldStatistics
{
    private readonly Dictionary<string, long> passageFrequency = new(StringComparer.Ordinal);

    /// <summary>The total number of terms in the field over all passages.</summary>
    public long PassageLength { get; private set; }

    /// <summary>How many passages have <paramref name="term"/> in the field.</summary>
    public long PassageFrequency(string term) => passageFrequency.GetValueOrDefault(term);

    /// <summary>Counts <paramref name="term"/>: it is in <paramref name="passages"/> passages, <paramref name="occurrences"/> times in all.</summary>
    public void Add(string term, long passages, long occurrences)
    {
        passageFrequency[term] = passages;
        PassageLength += occurrences;
    }
}
