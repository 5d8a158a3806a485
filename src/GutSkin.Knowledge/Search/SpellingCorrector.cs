using System.Collections.Concurrent;
using System.Numerics;
using System.Text.RegularExpressions;
using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// Corrects a visitor's misspelt words ("exzema", "probiotcs") to words the knowledge uses, so that
/// stemming and synonyms then work on the corrected word. An edit-distance pass over the knowledge's
/// own vocabulary (Lucene.Net.Suggest's SpellChecker is not available here).
/// </summary>
/// <remarks>
/// Only known words of a near length whose letters differ little are compared letter by letter (for the others a
/// 64-bit test suffices), and each unknown word's outcome is remembered, so a word seen before costs one look-up.
/// </remarks>
internal sealed partial class SpellingCorrector
{
    // Visitors repeat the same words; the bound keeps a flood of random text from growing the cache without limit.
    private const int MaxRemembered = 10_000;

    // Shorter words are too often real words the knowledge does not use.
    private const int MinLength = 5;

    // A word spelt by its sound ("exema") may be this far from the known word it sounds like.
    private const int MaxSoundAlikeDistance = 2;

    private readonly Dictionary<string, int> frequency;
    private readonly Dictionary<int, SpellingCandidate[]> byLength;
    private readonly Dictionary<string, string> bySound;
    private readonly CorrectlySpeltWords correctlySpelt;
    private readonly ConcurrentDictionary<string, string> remembered = new(StringComparer.Ordinal);
    private int rememberedCount;

    private SpellingCorrector(Dictionary<string, int> frequency)
    {
        this.frequency = frequency;
        byLength = frequency
            .GroupBy(w => w.Key.Length)
            .ToDictionary(g => g.Key, g => g.Select(w => new SpellingCandidate(w.Key, Letters(w.Key), w.Value)).ToArray());

        // Of two known words that sound alike, the commoner.
        bySound = frequency
            .Where(w => w.Key.Length >= MinLength)
            .GroupBy(w => SoundKey.Of(w.Key))
            .ToDictionary(g => g.Key, g => g.MaxBy(w => w.Value).Key, StringComparer.Ordinal);
        correctlySpelt = new CorrectlySpeltWords(frequency.Keys);
    }

    /// <summary>Builds the vocabulary from every word content staff wrote.</summary>
    public static SpellingCorrector From(IReadOnlyList<KnowledgeSection> sections, IReadOnlyList<SynonymGroup> synonyms)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);

        // Counted by the lower-cased characters, so that a string is made once per distinct word, not once per word.
        var byText = frequency.GetAlternateLookup<ReadOnlySpan<char>>();
        var lowered = new char[64];
        void Add(string text)
        {
            foreach (var match in WordPattern().EnumerateMatches(text))
            {
                if (lowered.Length < match.Length)
                {
                    lowered = new char[match.Length * 2];
                }

                var word = lowered.AsSpan(0, match.Length);
                text.AsSpan(match.Index, match.Length).ToLowerInvariant(word);
                byText[word] = byText.TryGetValue(word, out var count) ? count + 1 : 1;
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

    private string CorrectWord(string word)
    {
        // Everyday words are left alone but are never a correction either: "world" must not become "would".
        if (word.Length < MinLength || frequency.ContainsKey(word) || QuestionWords.All.Contains(word) || word.Any(char.IsDigit))
        {
            return word;
        }

        if (remembered.TryGetValue(word, out var corrected))
        {
            return corrected;
        }

        // A correctly spelt word is no slip: "stressed" must not become "stress".
        corrected = correctlySpelt.Contains(word) ? word : Nearest(word);
        if (Volatile.Read(ref rememberedCount) < MaxRemembered && remembered.TryAdd(word, corrected))
        {
            Interlocked.Increment(ref rememberedCount);
        }

        return corrected;
    }

    private string Nearest(string word)
    {
        // Long words carry enough letters for two slips; short ones only one.
        var maxDistance = word.Length >= 8 ? 2 : 1;
        var letters = Letters(word);
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
                // Each edit changes at most two letters of the sets, so more differing letters rule the word out cheaply.
                if (BitOperations.PopCount(letters ^ candidate.Letters) > 2 * maxDistance)
                {
                    continue;
                }

                var distance = EditDistance.Between(word, candidate.Word, maxDistance);
                if (distance > maxDistance)
                {
                    continue;
                }

                if (distance < bestDistance || (distance == bestDistance && candidate.Frequency > bestFrequency))
                {
                    (best, bestDistance, bestFrequency) = (candidate.Word, distance, candidate.Frequency);
                }
            }
        }

        if (best is null && bySound.TryGetValue(SoundKey.Of(word), out var soundsAlike)
            && EditDistance.Between(word, soundsAlike, MaxSoundAlikeDistance) <= MaxSoundAlikeDistance)
        {
            return soundsAlike;
        }

        return best ?? word;
    }

    /// <summary>The set of characters in <paramref name="word"/>, each as one of 64 bits.</summary>
    public static ulong Letters(string word)
    {
        ulong letters = 0;
        foreach (var c in word)
        {
            letters |= 1UL << (c % 64);
        }

        return letters;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:'[\p{L}]+)?")]
    private static partial Regex WordPattern();
}
