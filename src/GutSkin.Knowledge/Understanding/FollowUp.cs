using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Understanding;

/// <summary>
/// Resolves a short follow-up against the conversation's topic: a pronoun takes the topic's subject ("what causes it"
/// after "what is psoriasis"), "what about eczema?" asks the last question again about something else, and "and for
/// kids?" adds to it. A message with a subject of its own and a question of its own stands alone.
/// </summary>
internal static partial class FollowUp
{
    private const int MaxWords = 12;

    /// <summary>The message as a standalone question.</summary>
    /// <param name="message">The visitor's message.</param>
    /// <param name="topic">The conversation's topic, or null at the start.</param>
    /// <param name="subjects">The knowledge's topic phrases (its sections' tags), lower case.</param>
    public static string Resolve(string message, ConversationTopic? topic, IReadOnlyCollection<string> subjects)
    {
        var text = message.Trim();
        if (topic is null || text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length > MaxWords)
        {
            return text;
        }

        var own = SubjectsIn(text, subjects);
        var lead = LeadIn().Match(text);
        var rest = lead.Success ? text[lead.Length..].Trim(' ', '?', '.', '!', ',') : text.Trim(' ', '?', '.', '!');
        var previous = topic.Question.TrimEnd('?', '.', '!', ' ');
        if (lead.Success && rest.Length > 0 && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5 && !StartsAQuestion().IsMatch(rest))
        {
            // "and for kids?" adds to the last question; "what about acne and rosacea?" asks it about something else.
            if (Preposition().IsMatch(rest) || topic.Subject is null || !previous.Contains(topic.Subject, StringComparison.OrdinalIgnoreCase))
            {
                return $"{previous} {rest}";
            }

            return Regex.Replace(previous, Regex.Escape(topic.Subject), rest.Replace("$", string.Empty, StringComparison.Ordinal), RegexOptions.IgnoreCase);
        }

        if (topic.Subject is not { } subject || own.Contains(subject))
        {
            return text;
        }

        // "what causes it"; and "does diet matter for that?", where the pronoun ends a question with a subject of its own.
        var pronoun = own.Count == 0 ? Pronoun().Match(rest) : TrailingPronoun().Match(rest);
        if (pronoun.Success)
        {
            var at = pronoun.Groups["p"];
            return string.Concat(rest.AsSpan(0, at.Index), subject, rest.AsSpan(at.Index + at.Length));
        }

        // "and can probiotics help?": a short question after a lead-in, without the topic's subject, is about the topic.
        return lead.Success && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4 ? $"{rest} {subject}" : text;
    }

    /// <summary>The knowledge's topic phrases found in <paramref name="text"/>, in the order they appear.</summary>
    public static List<string> SubjectsIn(string text, IReadOnlyCollection<string> subjects)
    {
        var lower = " " + NonWord().Replace(text.ToLowerInvariant(), " ") + " ";
        return [.. subjects
            .Select(s => (Subject: s, At: lower.IndexOf(" " + s + " ", StringComparison.Ordinal)))
            .Where(s => s.At >= 0)
            .OrderBy(s => s.At)
            .Select(s => s.Subject)];
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"^\s*(and|also|so|but|ok|okay)?\s*(what|how) about\b|^\s*(and|also|plus)\b|^\s*(same|what) (for|with)\b|^\s*how about\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"\b(?<p>it|that|this|they|them|those|these)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\b(for|about|with|on|to|in|of|affect|cause|causes|help|treat|into)\s+(?<p>it|that|this|them|those|these)\s*[?.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingPronoun();

    [GeneratedRegex(@"^(for|in|with|on|during|at|when|if|after|before|while|without|from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Preposition();

    [GeneratedRegex(@"^(can|could|does|do|did|is|are|was|were|will|would|should|what|how|why|when|which|who|where|has|have)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartsAQuestion();
}
