using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Search;
using GutSkin.Knowledge.Semantic;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Knowledge;

/// <summary>
/// The knowledge that answers questions now. Thread-safe: a reload builds a new index beside the
/// live one and swaps it in atomically (<see cref="KnowledgeIndexManager"/>); searches in flight finish on the version
/// they started with.
/// </summary>
public sealed class LiveKnowledge : IDisposable
{
    private readonly string directory;
    private readonly Engine engine;
    private readonly KnowledgeIndexManager versions;
    private readonly Lock reloading = new();
    private volatile RememberedAnswers remembered;
    private volatile bool disposed;

    private LiveKnowledge(string directory, Engine engine, KnowledgeIndex first)
    {
        this.directory = directory;
        this.engine = engine;
        versions = new KnowledgeIndexManager(first);
        remembered = new RememberedAnswers(first);
    }

    /// <summary>The live version's content.</summary>
    public KnowledgeSnapshot Current => versions.Live.Snapshot;

    /// <summary>Loads the folder and builds the index; never throws for bad content (see <see cref="KnowledgeSnapshot.Problems"/>).</summary>
    public static LiveKnowledge Load(string directory, KnowledgeEngineOptions? options = null)
    {
        options ??= new KnowledgeEngineOptions();
        var embedder = SentenceEmbedder.For(options.Model);
        var engine = new Engine(embedder, EmbeddingCache.Open(options.EmbeddingCacheFile, embedder.ModelId), (options.AnswerModel ?? AnswerModel.Default).For(embedder.Dimensions));
        var content = KnowledgeLoader.Load(directory);
        return new LiveKnowledge(content.Directory, engine, engine.Build(content));
    }

    /// <summary>Answers one question, a follow-up resolved against the conversation's <paramref name="topic"/>; never throws for any text.</summary>
    public Answer Ask(string question, ConversationTopic? topic = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        return WithIndex(index => Find(index, question, topic, screened: false));
    }

    /// <summary>
    /// <see cref="Ask"/> for a message that <see cref="Screen"/> has already passed (it returned null): the screen, the
    /// costliest step after the search, is not run twice on one message.
    /// </summary>
    public Answer AskScreened(string question, ConversationTopic? topic = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        return WithIndex(index => Find(index, question, topic, screened: true));
    }

    /// <summary>Runs <paramref name="use"/> on the live version's index, which stays open until it returns.</summary>
    internal T WithIndex<T>(Func<KnowledgeIndex, T> use)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var index = versions.Acquire();
        try
        {
            return use(index);
        }
        finally
        {
            versions.Release(index);
        }
    }

    /// <summary>
    /// The answer decided before any search (urgent, clinician referral, offer request), or null when only a search
    /// could answer; in the conversation's <paramref name="topic"/>, a clinician referral may follow from what an earlier
    /// turn raised. For text that answers the bot's own question too, such as a name typed during a signup.
    /// </summary>
    public Answer? Screen(string message, ConversationTopic? topic = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var live = versions.Live;
        Answer? Decide(string text) => MessageScreen.Decide(text, AnswerFinder.SearchedPart(text.Trim()), live.Snapshot.Offers);
        var known = remembered;

        // The verdict on the text alone is remembered; the conversation's part is a few regular expressions.
        var decided = known.Version == live ? known.Screen(message, Decide) : Decide(message);
        return MessageScreen.InConversation(decided, message, AnswerFinder.SearchedPart(message.Trim()), topic);
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

            var next = engine.Build(content);
            versions.Swap(next);
            remembered = new RememberedAnswers(next);
            return new ReloadOutcome(true, content.Problems) { Warnings = content.Warnings };
        }
    }

    /// <summary>Forgets the remembered answers, so that the benchmarks can time a message nobody sent before.</summary>
    internal void ForgetAnswers() => remembered = new RememberedAnswers(versions.Live);

    // A version's answers are remembered only while it is live: a search that started before a reload does not
    // remember its answer for the next version.
    private Answer Find(KnowledgeIndex index, string question, ConversationTopic? topic, bool screened)
    {
        Answer Search() => new AnswerFinder(index).Find(engine.Model, question, topic, screened);
        var known = remembered;
        return known.Version == index ? known.Ask(question, topic, screened, Search) : Search();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (reloading)
        {
            if (!disposed)
            {
                disposed = true;
                versions.Dispose();
            }
        }
    }

    /// <summary>What every version shares: the embedding model, its vector cache and the fitted answer model.</summary>
    private sealed record Engine(SentenceEmbedder Embedder, EmbeddingCache Cache, AnswerModel Model)
    {
        public KnowledgeIndex Build(KnowledgeContent content) => KnowledgeIndex.Build(content, SemanticIndex.Build(content.Sections, Embedder, Cache, AnswerExemplars.Shipped), Model.OutsideWords);
    }
}
