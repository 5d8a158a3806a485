using System.Text.RegularExpressions;
using GutSkin.Knowledge.Content;

namespace GutSkin.Knowledge.Understanding;

/// <summary>
/// Resolves a short follow-up against the conversation's topic: a pronoun takes the topic's subject ("what causes it"
/// after "what is psoriasis"), "what about eczema?" asks the last question again about something else, "and for
/// kids?" adds to it, and a short turn that names nothing as specific as the topic ("can probiotics help?", "what did the
/// study find") is about the topic. A message with a subject of its own and a question of its own stands alone, and so
/// does one that asks for what an explanatory article does not state (a cure, a treatment, how long, how much, a brand,
/// a test): carrying the subject into "is there a cure" would make it look answerable.
/// </summary>
internal static partial class FollowUp
{
    private const int MaxWords = 12;

    // "can probiotics help?", "what did the study find": longer turns without a subject are usually a new question.
    private const int ShortTurnWords = 5;

    // "he lives on takeaways, ...": a clause of three words or more says something a pronoun can point back to; "ok so,"
    // and "right," do not.
    private const int OwnClauseWords = 3;

    /// <summary>The message as a standalone question.</summary>
    /// <param name="message">The visitor's message.</param>
    /// <param name="topic">The conversation's topic, or null at the start.</param>
    /// <param name="subjects">The knowledge's topic phrases (its sections' tags), lower case, the rarest first.</param>
    public static string Resolve(string message, ConversationTopic? topic, IReadOnlyList<string> subjects)
    {
        var text = message.Trim();
        if (topic?.Question is not { } question || WordCount(text) > MaxWords || AsksWhatArticlesDoNotState().IsMatch(text))
        {
            return text;
        }

        var own = SubjectsIn(text, subjects);
        var lead = LeadIn().Match(text);
        var rest = lead.Success ? text[lead.Length..].Trim(' ', '?', '.', '!', ',') : text.Trim(' ', '?', '.', '!');
        var previous = question.TrimEnd('?', '.', '!', ' ');
        if (lead.Success && rest.Length > 0 && WordCount(rest) <= ShortTurnWords && !StartsAQuestion().IsMatch(rest))
        {
            // "and for kids?" adds to the last question; "what about acne and rosacea?" and "what about for lupus?" ask it
            // about something else.
            var preposition = Preposition().Match(rest);
            var other = preposition.Success && own.Count > 0 ? rest[preposition.Length..].Trim() : rest;
            if ((preposition.Success && own.Count == 0) || topic.Subject is null || !previous.Contains(topic.Subject, StringComparison.OrdinalIgnoreCase))
            {
                return $"{previous} {rest}";
            }

            return Regex.Replace(previous, Regex.Escape(topic.Subject), other.Replace("$", string.Empty, StringComparison.Ordinal), RegexOptions.IgnoreCase);
        }

        // "why?", "how come": the last question, asked again for its reason or its way.
        if (OnlyAQuestionWord().IsMatch(rest))
        {
            return $"{rest} {previous}";
        }

        // "which one is autoimmune", "do both have...": the two subjects the last question named first, together.
        var together = SubjectsIn(previous, subjects).Take(2).ToList();
        var choice = WhichOfThem().Match(rest);
        if (choice.Success && together.Except(own).Any())
        {
            var named = choice.Groups["both"].Success || choice.Groups["each"].Success ? string.Join(" and ", together) : string.Join(" or ", together);
            var replacement = choice.Groups["which"].Success ? $"which of {named}" : choice.Groups["each"].Success ? $"each of {named}" : $"{choice.Value} {named}";
            return string.Concat(rest.AsSpan(0, choice.Index), replacement, rest.AsSpan(choice.Index + choice.Length));
        }

        if (topic.Subject is not { } subject || own.Contains(subject))
        {
            return text;
        }

        if (PronounFor(rest, own, subjects) is { } pronoun)
        {
            var replacement = pronoun.Value.ToLowerInvariant() switch
            {
                "mine" => $"my {subject}",
                "yours" => $"your {subject}",
                _ => Agreeing(pronoun.Value, subject, SubjectsIn(previous, subjects)),
            };
            return string.Concat(rest.AsSpan(0, pronoun.Index), replacement, rest.AsSpan(pronoun.Index + pronoun.Length));
        }

        // "what did the study find": a short turn naming no subject is about the subject the last question named; so is
        // "can probiotics help?", which names something broader and leaves what it helps unsaid. A subject the visitor
        // never named (the answering section's own) is not carried: "is dairy the problem" after "how do I sort my gut
        // out" would become answerable as gut health.
        var rank = Rank(subject, subjects);
        var carried = together.Contains(subject) || SubjectsIn(previous, subjects).Contains(subject);
        return carried && WordCount(rest) <= ShortTurnWords && (own.Count == 0 || (EndsWithoutItsObject().IsMatch(rest) && own.All(s => Rank(s, subjects) > rank)))
            ? $"{rest} {subject}"
            : text;
    }

    /// <summary>
    /// The turn asked about the subject the last question named ("so what must I eat then" after "is eczema linked to the
    /// gut": "so what must I eat then for eczema"), or null. Only for a turn of up to twelve words that names no subject and
    /// has no pronoun or lead-in (those are resolved by <see cref="Resolve"/>) and does not ask for what an explanatory
    /// article does not state. A section's own subject the visitor never named is not carried, as in <see cref="Resolve"/>.
    /// </summary>
    /// <param name="message">The visitor's message.</param>
    /// <param name="topic">The conversation's topic, or null at the start.</param>
    /// <param name="subjects">The knowledge's topic phrases, lower case, the rarest first.</param>
    public static string? AboutTheSubject(string message, ConversationTopic? topic, IReadOnlyList<string> subjects)
    {
        var text = message.Trim();
        if (topic is not { Question: { } question, Subject: { } subject } || WordCount(text) > MaxWords || AsksWhatArticlesDoNotState().IsMatch(text)
            || LeadIn().IsMatch(text) || Pronoun().IsMatch(text) || SubjectsIn(text, subjects).Count > 0 || !SubjectsIn(question, subjects).Contains(subject))
        {
            return null;
        }

        return $"{text.TrimEnd('?', '.', '!', ' ')} for {subject}";
    }

    /// <summary>
    /// True when <paramref name="message"/> may be read together with the conversation's last question: a short turn
    /// ("which problems exactly") that does not ask for what an explanatory article does not state. Longer turns carry
    /// their own question: read with the last one, they answered unanswerable turns ("so is it in the genes then").
    /// </summary>
    public static bool MayLeanOnTheTopic(string message) => WordCount(message) <= ShortTurnWords && !AsksWhatArticlesDoNotState().IsMatch(message);

    /// <summary>
    /// The subject of an answered question: the answering section's own subject (the first of its tags its title names:
    /// "psoriasis", not "autoimmune") when the question names it; else the most specific one the question names; else the
    /// section's own subject.
    /// </summary>
    /// <param name="resolved">The question as understood.</param>
    /// <param name="section">The section that answered it.</param>
    /// <param name="subjects">The knowledge's topic phrases, lower case, the rarest first.</param>
    public static string? SubjectOf(string resolved, KnowledgeSection section, IReadOnlyList<string> subjects)
    {
        var named = SubjectsIn(resolved, subjects);
        var tags = section.Tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).ToList();
        var inTitle = SubjectsIn(section.Title, tags);
        var own = tags.FirstOrDefault(inTitle.Contains) ?? tags.FirstOrDefault();
        return own is not null && named.Contains(own) ? own : subjects.FirstOrDefault(named.Contains) ?? own;
    }

    /// <summary>
    /// The topic after a turn: what the answered question was about; after a declined follow-up that names a new subject
    /// ("is leaky gut real? it's behind my eczema"), that subject, so that the next "what causes it" is about it; else
    /// null (the topic stays; a conversation whose first turn was declined has none yet, nor one whose turns so far were
    /// only referred).
    /// </summary>
    /// <param name="resolved">The turn as understood.</param>
    /// <param name="answeredBy">The section that answered it, or null when it was declined.</param>
    /// <param name="before">The topic before the turn.</param>
    /// <param name="subjects">The knowledge's topic phrases, lower case, the rarest first.</param>
    public static ConversationTopic? TopicAfter(string resolved, KnowledgeSection? answeredBy, ConversationTopic? before, IReadOnlyList<string> subjects)
    {
        if (answeredBy is not null)
        {
            return new ConversationTopic(resolved, SubjectOf(resolved, answeredBy, subjects), answeredBy.Id);
        }

        var named = SubjectsIn(resolved, subjects);
        return before?.Question is not null && named.Count > 0 && !named.Contains(before.Subject ?? string.Empty)
            ? new ConversationTopic(resolved, subjects.First(named.Contains), before.SectionId)
            : null;
    }

    /// <summary>The knowledge's topic phrases found in <paramref name="text"/>, in the order they appear.</summary>
    public static List<string> SubjectsIn(string text, IReadOnlyCollection<string> subjects)
    {
        var lower = Padded(text);
        var found = subjects
            .Select(s => (Subject: s, At: lower.IndexOf(Padded(s), StringComparison.Ordinal), Length: Padded(s).Length))
            .Where(s => s.At >= 0)
            .ToList();

        // "skin conditions" is not named apart from "autoimmune skin conditions".
        return [.. found
            .Where(s => !found.Any(o => o.Length > s.Length && o.At <= s.At && s.At + s.Length <= o.At + o.Length))
            .OrderBy(s => s.At)
            .Select(s => s.Subject)];
    }

    // The pronoun that stands for the topic's subject: the first one not used as a determiner ("that one", "this
    // psoriasis"), unless the turn named a subject of its own before it: "does diet matter for that?" still means the
    // topic, but in "going back to eczema, what causes it" the pronoun is the eczema named in an earlier clause.
    private static Group? PronounFor(string rest, List<string> own, IReadOnlyList<string> subjects)
    {
        var pronoun = Pronoun().Matches(rest).FirstOrDefault(p => !IsDeterminer(p, rest[(p.Index + p.Length)..], subjects));
        if (pronoun is null)
        {
            return null;
        }

        var before = rest[..pronoun.Index];
        if (RefersToItsOwnClause(pronoun, before))
        {
            return null;
        }

        if (SubjectsIn(before, own).Count == 0)
        {
            return pronoun;
        }

        var trailing = TrailingPronoun().Match(rest);
        return trailing.Success && !ClauseBreak().IsMatch(before) ? trailing.Groups["p"] : null;
    }

    // "he lives on takeaways, does that matter", "he's on donepezil, is a probiotic drink safe with that": a demonstrative
    // after a clause of the turn's own points back at what that clause said, not at the conversation's subject.
    private static bool RefersToItsOwnClause(Capture pronoun, string before)
    {
        var breaks = ClauseBreak().Matches(before);
        return Demonstrative().IsMatch(pronoun.Value) && breaks.Count > 0 && WordCount(before[..breaks[^1].Index]) >= OwnClauseWords;
    }

    // "where do I get them" after "can probiotics help psoriasis": a plural pronoun stands for a plural subject the last
    // question named, not for the singular condition the topic is about.
    private static string Agreeing(string pronoun, string subject, List<string> named) =>
        PluralPronoun().IsMatch(pronoun) && !IsPlural(subject) ? named.FirstOrDefault(IsPlural) ?? subject : subject;

    // "probiotics", "fermented foods"; not "psoriasis", "lupus", "stress".
    private static bool IsPlural(string subject) => PluralNoun().IsMatch(subject);

    private static bool IsDeterminer(Capture pronoun, string after, IReadOnlyList<string> subjects)
    {
        if (!Demonstrative().IsMatch(pronoun.Value))
        {
            return false;
        }

        var next = after.TrimStart();
        return DeterminedWord().IsMatch(next) || subjects.Any(s => Padded(next).StartsWith(Padded(s), StringComparison.Ordinal));
    }

    private static int Rank(string subject, IReadOnlyList<string> subjects)
    {
        for (var at = 0; at < subjects.Count; at++)
        {
            if (subjects[at] == subject)
            {
                return at;
            }
        }

        return int.MaxValue;
    }

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Padded(string text) => " " + NonWord().Replace(text.ToLowerInvariant(), " ").Trim() + " ";

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"^\s*(and|also|so|but|ok|okay)?\s*(what|how) about\b|^\s*(and|also|plus)\b|^\s*(same|what) (for|with)\b|^\s*how about\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"\b(?<p>it|that|this|they|them|those|these|mine|yours)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^(they|them|these|those)$", RegexOptions.IgnoreCase)]
    private static partial Regex PluralPronoun();

    [GeneratedRegex(@"[^siu]s$", RegexOptions.IgnoreCase)]
    private static partial Regex PluralNoun();

    [GeneratedRegex(@"^(that|this|these|those)$", RegexOptions.IgnoreCase)]
    private static partial Regex Demonstrative();

    [GeneratedRegex(@"(?<which>\bwhich (one|of (them|the two|those|these))\b)|(?<both>\bboth\b)|(?<each>\beach of (them|those|these)\b)|\beither\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhichOfThem();

    [GeneratedRegex(@"^(one|ones|same|other|kind|sort|type)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeterminedWord();

    [GeneratedRegex(@"[,;:.!?]|\s-\s")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(for|about|with|on|to|in|of|affect|cause|causes|help|treat|into)\s+(?<p>it|that|this|them|those|these)\s*[?.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingPronoun();

    [GeneratedRegex(@"^(for|in|with|on|during|at|when|if|after|before|while|without|from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Preposition();

    [GeneratedRegex(@"^(can|could|does|do|did|is|are|was|were|will|would|should|what|how|why|when|which|who|where|has|have)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartsAQuestion();

    [GeneratedRegex(@"\b(help|helps|work|works|matter|matters|count|counts|affect|affects|cause|causes|do anything|make a difference)$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithoutItsObject();

    [GeneratedRegex(@"^(so\s+)?(why|how)(\s+(so|come|not|tho|though|exactly|then|is that|does that work))*$", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyAQuestionWord();

    // Kinds of answer an explanatory article rarely states (the labelling rules of Answers/README.md): a cure, a
    // treatment or medicine, how long or how soon, how much or how many, a brand or strain, a test or diagnosis, whether it
    // goes away.
    [GeneratedRegex(@"\b(cure[sd]?|curable|treat(s|ed|ing|ment|ments)?|medicines?|medications?|drugs?|creams?|ointments?|how long|how soon|how quickly|how much|how many|doses?|dosage|brands?|strains?|tests?|tested|testing|go(es)? away|grows? out of|grows? back|comes? back|diagnos\w*|how (do|can|would|will) (i|you|we) (know|tell))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhatArticlesDoNotState();
}
