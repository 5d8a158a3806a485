using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Semantic;

namespace GutSkin.Knowledge.Traffic;

/// <summary>Proposes lines for the sections' <c>questions:</c> from visitor traffic, like a question-answering service's
/// active learning but on the files: an unanswered question that comes near a section by meaning, a "did you mean"
/// choice, and a thumbs-down answer whose question comes near another section. Nothing is changed here: a person
/// chooses a suggestion and <see cref="SuggestionEditor"/> writes it.</summary>
public static partial class KnowledgeSuggestions
{
    /// <summary>An unanswered question at least this close (cosine to the section's title, questions or passages) is
    /// proposed for the section. Below the answer decision, by definition, but near: 0.5 keeps questions on the section's
    /// topic and leaves out questions on topics the articles do not cover.</summary>
    public const float NearThreshold = 0.5f;

    /// <summary>The most examples a suggestion shows.</summary>
    public const int MaxExamples = 3;

    /// <summary>The suggestions, most supported first.</summary>
    /// <param name="sections">The live sections.</param>
    /// <param name="traffic">What visitors did.</param>
    /// <param name="embedder">The model that compares questions and sections.</param>
    /// <param name="directory">The knowledge folder, to name each section's file relative to it.</param>
    public static IReadOnlyList<KnowledgeSuggestion> Propose(IReadOnlyList<KnowledgeSection> sections, VisitorTraffic traffic, SentenceEmbedder embedder, string directory)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(traffic);
        ArgumentNullException.ThrowIfNull(embedder);
        if (sections.Count == 0)
        {
            return [];
        }

        var sectionVectors = sections.Select(s => embedder.Embed([s.Title, .. s.Questions, .. s.Passages])).ToList();
        var evidence = new Dictionary<(string Section, string Question), Evidence>();

        foreach (var cluster in QuestionClusters.Group(traffic.Unanswered, embedder))
        {
            var (best, similarity) = Closest(embedder.EmbedQuery(cluster.Example), sectionVectors, exclude: -1);
            if (best >= 0 && similarity >= NearThreshold)
            {
                Add(evidence, sections[best].Id, cluster.Example, cluster.Questions)
                    .Unanswered(cluster.Count, similarity);
            }
        }

        foreach (var choice in traffic.ChosenInstead)
        {
            if (sections.Any(s => s.Id == choice.SectionId))
            {
                Add(evidence, choice.SectionId, choice.Text, [choice.Text]).Chosen(choice.Count);
            }
        }

        foreach (var disliked in traffic.NotHelpful)
        {
            var answered = sections.ToList().FindIndex(s => s.Id == disliked.SectionId);
            var (best, similarity) = Closest(embedder.EmbedQuery(disliked.Text), sectionVectors, exclude: answered);
            if (best >= 0 && similarity >= NearThreshold)
            {
                Add(evidence, sections[best].Id, disliked.Text, [disliked.Text])
                    .Disliked(disliked.Count, answered >= 0 ? sections[answered].Title : disliked.SectionId);
            }
        }

        var byId = sections.ToDictionary(s => s.Id);
        return [.. evidence
            .Where(e => !AlreadyAsked(byId[e.Key.Section], e.Key.Question))
            .Select(e => Suggestion(byId[e.Key.Section], e.Key.Question, e.Value, directory))
            .OrderByDescending(s => s.Count)
            .ThenBy(s => s.Id, StringComparer.Ordinal)];
    }

    /// <summary>The question as a line for <c>questions:</c>: trimmed, capital first letter, the pronoun "I" in capitals,
    /// ending with a question mark.</summary>
    public static string AsQuestionLine(string question)
    {
        var text = question.Trim().TrimEnd('.', '!', ',', ';', ':').Trim();
        if (text.Length == 0)
        {
            return text;
        }

        text = char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

        // Stored wordings are lower case, and visitors type "i" anyway; a line in an article must read properly.
        text = LowerCasePronoun().Replace(text, "I");
        return text.EndsWith('?') ? text : text + "?";
    }

    [GeneratedRegex(@"(?<![\w'’.])i(?=['’](?:m|ve|d|ll)\b|[\s?!,;:]|$)")]
    private static partial Regex LowerCasePronoun();

    private static Evidence Add(Dictionary<(string, string), Evidence> evidence, string sectionId, string question, IEnumerable<string> wordings)
    {
        var key = (sectionId, Key(question));
        if (!evidence.TryGetValue(key, out var found))
        {
            found = new Evidence(question);
            evidence[key] = found;
        }

        found.Wordings.UnionWith(wordings);
        return found;
    }

    private static (int Index, float Similarity) Closest(float[] query, List<float[][]> sectionVectors, int exclude)
    {
        var best = -1;
        var bestSimilarity = 0f;
        for (var s = 0; s < sectionVectors.Count; s++)
        {
            if (s == exclude)
            {
                continue;
            }

            var similarity = sectionVectors[s].Max(v => Vectors.Cosine(query, v));
            if (similarity > bestSimilarity)
            {
                best = s;
                bestSimilarity = similarity;
            }
        }

        return (best, bestSimilarity);
    }

    private static bool AlreadyAsked(KnowledgeSection section, string question) =>
        section.Questions.Any(q => Key(q) == Key(question));

    private static KnowledgeSuggestion Suggestion(KnowledgeSection section, string question, Evidence evidence, string directory)
    {
        var line = AsQuestionLine(question);
        var file = Path.GetRelativePath(directory, Path.Combine(directory, section.File)).Replace('\\', '/');
        return new KnowledgeSuggestion(
            StableId(section.Id, line), file, section.Id, section.Title, line, evidence.Count, [.. evidence.Reasons],
            [.. evidence.Wordings.Order(StringComparer.Ordinal).Take(MaxExamples)]);
    }

    // Eight hex digits of a hash of section and line: the same suggestion keeps its id from one run to the next.
    private static string StableId(string sectionId, string line) =>
        "s" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sectionId + "\n" + Key(line))))[..8];

    private static string Key(string question) =>
        string.Join(' ', question.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('?', '.', '!', ' ');

    private sealed class Evidence(string question)
    {
        public string Question { get; } = question;

        public HashSet<string> Wordings { get; } = new(StringComparer.Ordinal);

        public List<string> Reasons { get; } = [];

        public int Count { get; private set; }

        public void Unanswered(int count, float similarity)
        {
            Count += count;
            Reasons.Add(string.Create(CultureInfo.InvariantCulture, $"asked {count} time(s) without an answer; this section is the closest by meaning ({similarity:0.00}), below the answer threshold"));
        }

        public void Chosen(int count)
        {
            Count += count;
            Reasons.Add($"visitors picked this section from \"did you mean\" {count} time(s) after asking it");
        }

        public void Disliked(int count, string answeredTitle)
        {
            Count += count;
            Reasons.Add($"answered from \"{answeredTitle}\" and marked not helpful {count} time(s); this section is the closest other one by meaning");
        }
    }
}
