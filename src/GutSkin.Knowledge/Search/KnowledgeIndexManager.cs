using Lucene.Net.Search;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// Shares the live <see cref="KnowledgeIndex"/> between searches and swaps in a rebuilt one, with Lucene's own reference
/// counting (the index's reader's): a search holds the version it acquired until it releases it, and a version that is
/// no longer live closes when its last search releases it.
/// </summary>
internal sealed class KnowledgeIndexManager : ReferenceManager<KnowledgeIndex>
{
    private readonly Lock swapping = new();
    private KnowledgeIndex? replacement;
    private volatile KnowledgeIndex live;

    /// <summary>Manages <paramref name="first"/>, taking over its builder's reference.</summary>
    public KnowledgeIndexManager(KnowledgeIndex first)
    {
        Current = first;
        live = first;
    }

    /// <summary>
    /// The live version (once disposed, the last one), without taking a reference: for what it was built from, not for
    /// searching it.
    /// </summary>
    public KnowledgeIndex Live => live;

    /// <summary>Makes <paramref name="next"/> the live version, taking over its builder's reference.</summary>
    public void Swap(KnowledgeIndex next)
    {
        lock (swapping)
        {
            replacement = next;
            try
            {
                MaybeRefreshBlocking();
                live = next;
            }
            finally
            {
                // Not taken (this manager is disposed): nobody else will close it.
                Interlocked.Exchange(ref replacement, null)?.Dispose();
            }
        }
    }

    /// <inheritdoc />
    /// <remarks>Null (no refresh) unless <see cref="Swap"/> is handing over a replacement: Lucene's contract, not annotated.</remarks>
    protected override KnowledgeIndex RefreshIfNeeded(KnowledgeIndex referenceToRefresh) => Interlocked.Exchange(ref replacement, null)!;

    /// <inheritdoc />
    protected override bool TryIncRef(KnowledgeIndex reference) => reference.TryIncRef();

    /// <inheritdoc />
    protected override void DecRef(KnowledgeIndex reference) => reference.DecRef();

    /// <inheritdoc />
    protected override int GetRefCount(KnowledgeIndex reference) => reference.RefCount;
}
