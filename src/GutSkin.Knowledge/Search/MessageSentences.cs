using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// The sentences of a long message that are worth comparing on their own: in "I've had psoriasis for seven years and it
/// flares when I'm stressed. Is there anything I can eat?" the question is the last sentence, and the backstory around it
/// dilutes the whole message's meaning.
/// </summary>
internal static partial class MessageSentences
{
    private const int MinWords = 3;
    private const int MaxSentences = 3;
    private const int MinMessageWords = 12;

    /// <summary>
    /// Up to three sentences of a long message, the last first: its asking sentences when it has any, else its last
    /// sentences; none for a short message. A story sentence beside the question ("I have psoriasis on my knees") is
    /// closer to a neighbouring section than the question is, and the closest of the message and its sentences ranks.
    /// The story is kept, after the asking sentences, when <paramref name="keepStory"/> or when a question points back
    /// into it ("my mum says it's the sweets. Is that true?"): there the story names what is asked about.
    /// </summary>
    public static List<string> Questions(string message, bool keepStory = false)
    {
        if (message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length < MinMessageWords)
        {
            return [];
        }

        var sentences = Boundary().Split(message)
            .Select(s => s.Trim())
            .Where(s => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= MinWords)
            .ToList();
        if (sentences.Count < 2)
        {
            return [];
        }

        var asking = sentences.Where(Asks).ToList();
        if (keepStory || asking.Any(PointsBack().IsMatch))
        {
            return [.. Enumerable.Reverse(asking).Concat(Enumerable.Reverse(sentences).Where(s => !Asks(s))).Take(MaxSentences)];
        }

        return [.. Enumerable.Reverse(asking.Count > 0 ? asking : sentences).Take(MaxSentences)];
    }

    /// <summary>Whether <paramref name="sentence"/> asks something: it ends in "?" or opens with a question word.</summary>
    public static bool Asks(string sentence) => sentence.EndsWith('?') || QuestionStart().IsMatch(sentence);

    [GeneratedRegex(@"(?<=[.!?;])\s+|\n+|\s+(?=(but|so|and|also) (is|are|can|could|does|do|will|would|should|what|how|why)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"\b(it|its|it's|that|this|these|those|they|them|their|he|she|his|her|him)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"^(is|are|can|could|does|do|did|will|would|should|what|whats|how|why|which|who|when|where|any)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionStart();
}
