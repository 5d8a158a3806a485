using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Search;

namespace GutSkin.Knowledge;

/// <summary>
/// The knowledge that answers questions now. Thread-safe: a reload builds a new index beside the
/// live one and swaps it in atomically; searches in flight finish on the version they started with.
/// </summary>
public sealed class LiveKnowledge : IDisposable
{
    private readonly string directory;
    private readonly Lock reloading = new();
    private Version current;
    private bool disposed;

    private LiveKnowledge(string directory, Version first)
    {
        this.directory = directory;
        current = first;
    }

    /// <summary>The live version's content.</summary>
    public KnowledgeSnapshot Current => Volatile.Read(ref current).Snapshot;

    /// <summary>Loads the folder and builds the index; never throws for bad content (see <see cref="KnowledgeSnapshot.Problems"/>).</summary>
    public static LiveKnowledge Load(string directory)
    {
        var content = KnowledgeLoader.Load(directory);
        return new LiveKnowledge(content.Directory, Version.Build(content));
    }

    /// <summary>Answers one question; never throws for any text.</summary>
    public Answer Ask(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var version = Acquire();
        try
        {
            return AnswerFinder.Find(version.Index, question);
        }
        finally
        {
            version.Index.Release();
        }
    }

    /// <summary>
    /// The answer decided before any search (urgent, clinician referral, offer request), or null when only a search
    /// could answer. For text that answers the bot's own question, such as a name typed during a signup.
    /// </summary>
    public Answer? Screen(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return MessageScreen.Decide(message, AnswerFinder.SearchedPart(message.Trim()), Current.Offers);
    }

    /// <summary>
    /// Reads the folder again. The new version goes live only when it loads without problems;
    /// otherwise the previous good version stays live and the problems are returned.
    /// </summary>
    public ReloadOutcome Reload()
    {
        lock (reloading)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var content = KnowledgeLoader.Load(directory);
            if (content.Problems.Count > 0)
            {
                return new ReloadOutcome(false, content.Problems);
            }

            var previous = Interlocked.Exchange(ref current, Version.Build(content));
            previous.Index.Dispose();
            return new ReloadOutcome(true, content.Problems);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (reloading)
        {
            if (!disposed)
            {
                disposed = true;
                current.Index.Dispose();
            }
        }
    }

    private Version Acquire()
    {
        while (true)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var version = Volatile.Read(ref current);
            if (version.Index.TryAcquire())
            {
                return version;
            }
        }
    }

    private sealed record Version(KnowledgeIndex Index, KnowledgeSnapshot Snapshot)
    {
        public static Version Build(KnowledgeContent content) =>
            new(KnowledgeIndex.Build(content), new KnowledgeSnapshot(content, DateTimeOffset.UtcNow));
    }
}
