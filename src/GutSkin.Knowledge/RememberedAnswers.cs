using System.Collections.Concurrent;
using GutSkin.Knowledge.Search;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Knowledge;

/// <summary>
/// What one version of the knowledge already said about a message: its screen verdict and its answers, by the exact text
/// (and the conversation's topic, which a follow-up depends on). Visitors ask the same few questions again and again
/// ("what is eczema"), and an answer depends only on the text, the topic and the version, so a repeated message costs a
/// dictionary look-up instead of the safety screen and the search. A reload starts a new, empty set.
/// </summary>
/// <param name="version">The version whose answers these are.</param>
internal sealed class RememberedAnswers(KnowledgeIndex version)
{
    // Emptied when full, as the embedder's query cache is: at most a few tens of megabytes of messages and answers.
    private const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<string, Answer?> screens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Question, ConversationTopic? Topic, bool Screened), Answer> answers = new();

    /// <summary>The version these answers came from; they are never used for another.</summary>
    public KnowledgeIndex Version => version;

    /// <summary>The screen's verdict on <paramref name="message"/>: remembered, or decided now by <paramref name="decide"/>.</summary>
    public Answer? Screen(string message, Func<string, Answer?> decide)
    {
        if (screens.TryGetValue(message, out var known))
        {
            return known;
        }

        var decided = decide(message);
        Remember(screens, message, decided);
        return decided;
    }

    /// <summary>The answer to <paramref name="question"/> in <paramref name="topic"/>: remembered, or found now by <paramref name="find"/>.</summary>
    public Answer Ask(string question, ConversationTopic? topic, bool screened, Func<Answer> find)
    {
        var key = (question, topic, screened);
        if (answers.TryGetValue(key, out var known))
        {
            return known;
        }

        var found = find();
        Remember(answers, key, found);
        return found;
    }

    private static void Remember<TKey, TValue>(ConcurrentDictionary<TKey, TValue> remembered, TKey key, TValue value)
        where TKey : notnull
    {
        if (remembered.Count >= MaxRemembered)
        {
            remembered.Clear();
        }

        remembered.TryAdd(key, value);
    }
}
