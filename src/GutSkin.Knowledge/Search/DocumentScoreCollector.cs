using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// Records the score of every matching document, by document number: a passage's score is its own text's score plus
/// its section document's, which only the whole set of scores can give.
/// </summary>
internal sealed class DocumentScoreCollector : ICollector
{
    private readonly float[] scores;
    private readonly bool inBulk;
    private Scorer? scorer;
    private int documentBase;

    /// <summary>Writes into <paramref name="scores"/>, which must be zeroed and have a slot for every document.</summary>
    /// <param name="scores">One slot per document.</param>
    /// <param name="inBulk">Whether Lucene may score a disjunction in bulk, out of document order (see <see cref="AcceptsDocsOutOfOrder"/>).</param>
    public DocumentScoreCollector(float[] scores, bool inBulk)
    {
        this.scores = scores;
        this.inBulk = inBulk;
    }

    /// <summary>
    /// Order does not matter here, which lets Lucene score a disjunction in bulk, window by window: about three times
    /// faster over 10,000 sections. Each search allocates a window of 2,048 buckets, though, which costs more than it
    /// saves on an index smaller than one window.
    /// </summary>
    public bool AcceptsDocsOutOfOrder => inBulk;

    /// <inheritdoc />
    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    /// <inheritdoc />
    public void Collect(int doc) => scores[documentBase + doc] = scorer!.GetScore();

    /// <inheritdoc />
    public void SetNextReader(AtomicReaderContext context) => documentBase = context.DocBase;
}
