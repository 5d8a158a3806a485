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

    /// <summary>Up to three sentences of a long message, questions first, then the last ones; none for a short message.</summary>
    public static List<string> Questions(string message)
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

        return [.. sentences
            .Select((text, at) => (text, at, question: text.EndsWith('?') || QuestionStart().IsMatch(text)))
            .OrderByDescending(s => s.question)
            .ThenByDescending(s => s.at)
            .Take(MaxSentences)
            .Select(s => s.text)];
    }

    [GeneratedRegex(@"(?<=[.!?;])\s+|\n+|\s+(?=(but|so|and|also) (is|are|can|could|does|do|will|would|should|what|how|why)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"^(is|are|can|could|does|do|did|will|would|should|what|whats|how|why|which|who|when|where|any)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionStart();
}
