using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Search;

namespace GutSkin.Knowledge.Tests.Search;

public sealed class KnowledgeIndexTests
{
    [Fact]
    public void Build_RepositoryFolder_SectionTermsMatchAnalysingEachSectionsWholeText()
    {
        var content = KnowledgeLoader.Load(TemporaryKnowledgeFolder.RepositoryKnowledge);

        using var index = KnowledgeIndex.Build(content);

        // The reference is how the vocabulary used to be computed: each section's fields analysed again as one text.
        var expected = content.Sections.ToDictionary(
            s => s.Id,
            s => index.Analyzer.Terms(string.Join("\n", [s.Title, .. s.Questions, .. s.Tags, .. s.Passages])).ToHashSet());
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), index.SectionTerms.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, terms) in expected)
        {
            Assert.Equal(terms.Order(StringComparer.Ordinal), index.SectionTerms[id].Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Build_RepositoryFolder_TermWeightsMatchSectionFrequenciesOfTheAnalysedText()
    {
        var content = KnowledgeLoader.Load(TemporaryKnowledgeFolder.RepositoryKnowledge);

        using var index = KnowledgeIndex.Build(content);

        var vocabularies = content.Sections
            .Select(s => index.Analyzer.Terms(string.Join("\n", [s.Title, .. s.Questions, .. s.Tags, .. s.Passages])).ToHashSet())
            .ToList();
        var frequency = vocabularies.SelectMany(t => t).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var sections = content.Sections.Count;
        foreach (var term in frequency.Keys.Append("zzunknownzz"))
        {
            var count = frequency.GetValueOrDefault(term);
            var expected = count == 0 ? 1.5 * Math.Log(1 + sections) : Math.Log(1 + ((double)sections / count));
            Assert.Equal(expected, index.TermWeight(term));
        }
    }
}
