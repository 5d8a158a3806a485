using System.Text.RegularExpressions;
using GutSkin.Knowledge.Content;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// Corrects a visitor's misspelt words ("exzema", "probiotcs") to words the knowledge uses, so that
/// stemming and synonyms then work on the corrected word. An edit-distance pass over the knowledge's
/// own vocabulary (Lucene.Net.Suggest's SpellChecker is not available here).
/// </summary>
internal sealed partial class SpellingCorrector
{
    private readonly Dictionary<string, int> frequency;
    private readonly Dictionary<int, List<string>> byLength;

    private SpellingCorrector(Dictionary<string, int> frequency)
    {
        this.frequency = frequency;
        byLength = frequency.Keys.GroupBy(w => w.Length).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>Builds the vocabulary from every word content staff wrote.</summary>
    public static SpellingCorrector From(IReadOnlyList<KnowledgeSection> sections, IReadOnlyList<SynonymGroup> synonyms)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string text)
        {
            foreach (var word in Words(text))
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        foreach (var section in sections)
        {
            Add(section.Title);
            section.Questions.ToList().ForEach(Add);
            section.Tags.ToList().ForEach(Add);
            section.Passages.ToList().ForEach(Add);
        }

        synonyms.SelectMany(g => g.Terms).ToList().ForEach(Add);
        return new SpellingCorrector(frequency);
    }

    /// <summary>The question with each unknown word replaced by its nearest known word, where one is near enough.</summary>
    public string Correct(string question) =>
        WordPattern().Replace(question, m => CorrectWord(m.Value.ToLowerInvariant()));

    /// <summary>The lower-case words of <paramref name="text"/>.</summary>
    public static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant());

    private string CorrectWord(string word)
    {
        // Everyday words are left alone but are never a correction either: "world" must not become "would".
        if (word.Length < 5 || frequency.ContainsKey(word) || QuestionWords.All.Contains(word) || word.Any(char.IsDigit))
        {
            return word;
        }

        // Long words carry enough letters for two slips; short ones only one.
        var maxDistance = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        for (var length = word.Length - maxDistance; length <= word.Length + maxDistance; length++)
        {
            if (!byLength.TryGetValue(length, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                var distance = EditDistance.Between(word, candidate, maxDistance);
                if (distance > maxDistance)
                {
                    continue;
                }

                var count = frequency[candidate];
                if (distance < bestDistance || (distance == bestDistance && count > bestFrequency))
                {
                    (best, bestDistance, bestFrequency) = (candidate, distance, count);
                }
            }
        }

        return best ?? word;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:'[\p{L}]+)?")]
    private static partial Regex WordPattern();
}
