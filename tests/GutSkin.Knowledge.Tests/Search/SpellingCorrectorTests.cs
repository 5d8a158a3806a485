using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Search;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Knowledge.Tests.Search;

public sealed class SpellingCorrectorTests
{
    private static readonly KnowledgeSection Section = new(
        "s", "Eczema and psoriasis", [], ["Which probiotics help eczema?"], [], null,
        ["Probiotics, prebiotics and fermented foods may calm eczema, psoriasis and rosacea.", "Sauerkraut and kefir feed gut bacteria."],
        "s.md", 1);

    private static readonly KnowledgeSection Stress = new(
        "t", "Stress and flares", [], ["Does stress cause a flare?"], [], null,
        ["Stress may upset digestive health, and a flare of itchy skin may follow."],
        "t.md", 1);

    [Theory]
    [InlineData("exzema", "eczema")]
    [InlineData("probiotcs", "probiotics")]
    [InlineData("psoriasys", "psoriasis")]
    [InlineData("saurekraut", "sauerkraut")]
    [InlineData("exema", "eczema")]
    [InlineData("ecsema", "eczema")]
    [InlineData("excema", "eczema")]
    [InlineData("sorriasis", "psoriasis")]
    [InlineData("probiotiks", "probiotics")]
    [InlineData("zcema", "zcema")]
    [InlineData("exams", "exams")]
    [InlineData("world", "world")]
    public void Correct_Word_BecomesTheNearestKnownWordOrStays(string word, string expected)
    {
        var corrector = SpellingCorrector.From([Section], []);

        Assert.Equal(expected, corrector.Correct(word));
    }

    [Theory]
    [InlineData("stressed")]
    [InlineData("stresses")]
    [InlineData("stressful")]
    [InlineData("digestion")]
    [InlineData("digested")]
    [InlineData("flares")]
    [InlineData("flared")]
    [InlineData("flaring")]
    [InlineData("probiotic")]
    [InlineData("fermenting")]
    public void Correct_AnotherFormOfAKnownWord_StaysAsTyped(string word)
    {
        // "Stressed" beside "stress" is no slip: search reads both as one stem, and the model knows the word as typed.
        var corrector = SpellingCorrector.From([Section, Stress], []);

        Assert.Equal($"i am {word} today", corrector.Correct($"I am {word} today"));
    }

    [Theory]
    [InlineData("strress", "stress")]
    [InlineData("stresss", "stress")]
    [InlineData("digestve", "digestive")]
    [InlineData("flarre", "flare")]
    [InlineData("itchyy", "itchy")]
    [InlineData("exzema", "eczema")]
    [InlineData("probiotcs", "probiotics")]
    [InlineData("psoriasi", "psoriasis")]
    public void Correct_ASlipBesideTheSameWords_IsStillCorrected(string word, string expected)
    {
        var corrector = SpellingCorrector.From([Section, Stress], []);

        Assert.Equal(expected, corrector.Correct(word));
    }

    [Fact]
    public void Correct_EverySlipOfEveryKnownWord_IsAsNearAsAComparisonWithEveryWord()
    {
        // The letter-set filter must never skip the nearest word: the reference compares with all of them.
        var corrector = SpellingCorrector.From([Section], []);
        var vocabulary = Words([Section.Title, .. Section.Questions, .. Section.Passages]).ToList();
        var correctlySpelt = new CorrectlySpeltWords(vocabulary);
        foreach (var known in vocabulary.Where(w => w.Length >= 5))
        {
            foreach (var slip in Slips(known))
            {
                var corrected = corrector.Correct(slip);
                if (slip.Length < 5 || QuestionWords.All.Contains(slip) || correctlySpelt.Contains(slip))
                {
                    Assert.Equal(slip, corrected);
                    continue;
                }

                var maxDistance = slip.Length >= 8 ? 2 : 1;
                var nearest = vocabulary.Min(w => EditDistance.Between(slip, w, maxDistance));
                var expected = vocabulary.Contains(slip) || nearest > maxDistance ? 0 : nearest;
                Assert.True(
                    EditDistance.Between(slip, corrected, maxDistance) == expected,
                    $"'{slip}' became '{corrected}', but a word {nearest} edits away exists");
            }
        }
    }

    [Fact]
    public void Correct_SameUnknownWordAgain_GivesTheSameWord()
    {
        var corrector = SpellingCorrector.From([Section], []);

        var first = corrector.Correct("fermentd kefirr");
        var again = corrector.Correct("fermentd kefirr");

        Assert.Equal("fermented kefir", first);
        Assert.Equal(first, again);
    }

    private static IEnumerable<string> Words(IEnumerable<string> texts) =>
        texts.SelectMany(t => t.ToLowerInvariant().Split([' ', ',', '.', '?'], StringSplitOptions.RemoveEmptyEntries)).Distinct();

    private static IEnumerable<string> Slips(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return word.Remove(i, 1);
            yield return word[..i] + 'q' + word[(i + 1)..];
            yield return word.Insert(i, "x");
            if (i + 1 < word.Length)
            {
                yield return word[..i] + word[i + 1] + word[i] + word[(i + 2)..];
            }
        }
    }
}
