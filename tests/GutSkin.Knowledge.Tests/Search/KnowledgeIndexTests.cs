using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Search;
using GutSkin.Knowledge.Semantic;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace GutSkin.Knowledge.Tests.Search;

public sealed class KnowledgeIndexTests
{
    [Fact]
    public void Build_RepositoryFolder_SectionTermsMatchAnalysingEachSectionsWholeText()
    {
        var content = KnowledgeLoader.Load(Repository.KnowledgeDirectory);

        using var index = Build(content);

        // The reference is how the vocabulary used to be computed: each section's fields analysed again as one text.
        var expected = content.Sections
            .Select(s => index.Analyzer.Terms(string.Join("\n", [s.Title, .. s.Questions, .. s.Tags, .. s.Passages])).ToHashSet())
            .ToList();
        var vocabulary = expected.SelectMany(t => t).Append("zzunknownzz").ToHashSet();
        for (var section = 0; section < expected.Count; section++)
        {
            foreach (var term in vocabulary)
            {
                Assert.True(expected[section].Contains(term) == index.SectionHasTerm(section, term), $"section {section}, term '{term}'");
            }
        }
    }

    [Fact]
    public void Build_RepositoryFolder_TermWeightsMatchSectionFrequenciesOfTheAnalysedText()
    {
        var content = KnowledgeLoader.Load(Repository.KnowledgeDirectory);

        using var index = Build(content);

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

    [Theory]
    [InlineData("what is eczema")]
    [InlineData("whats the link between my gut and my skin")]
    [InlineData("can probiotics and fermented foods help psoriasis")]
    [InlineData("summary of the article on the gut microbiome")]
    public void TopPassages_RepositoryFolder_ScoresAsLuceneBm25OverOneDocumentPerPassageWithItsSectionsFields(string question)
    {
        var content = KnowledgeLoader.Load(Repository.KnowledgeDirectory);
        using var index = Build(content);
        string[] fields = [IndexFields.Title, IndexFields.Questions, IndexFields.Text, IndexFields.Tags];
        var terms = index.Analyzer.Terms(question).Distinct().ToList();

        var hits = index.TopPassages(Query(terms, fields), 100);

        // The reference is the layout the index replaces: a Lucene document per passage carrying its section's fields.
        var expected = OnePassagePerDocument(content, index.Analyzer, Query(terms, fields));
        Assert.Equal(expected.Select(h => (h.Section, h.Passage)), hits.Select(h => (h.Section, h.Passage)));
        foreach (var (actual, reference) in hits.Zip(expected))
        {
            // Within float precision: rounding both to 4 places fails when they straddle a rounding boundary (42.72335).
            Assert.True(Math.Abs(reference.Score - actual.Score) <= 1e-4 * Math.Max(1, reference.Score), $"{actual.Score} against {reference.Score}");
        }
    }

    [Fact]
    public void TopPassages_ClauseWithBoostTwo_ScoresAsTheSameClauseTwice()
    {
        var content = KnowledgeLoader.Load(Repository.KnowledgeDirectory);
        using var index = Build(content);

        var once = index.TopPassages(new BooleanQuery { { new TermQuery(new Term(IndexFields.Text, "gut")) { Boost = 2 }, Occur.SHOULD } }, 100);
        var twice = index.TopPassages(Query(["gut", "gut"], [IndexFields.Text]), 100);

        Assert.Equal(twice.Select(h => (h.Section, h.Passage)), once.Select(h => (h.Section, h.Passage)));
        Assert.Equal(twice.Select(h => h.Score), once.Select(h => h.Score));
    }

    [Fact]
    public void Build_RepositorySynonyms_TermsWithTheSamePostingsScoreAsOne()
    {
        var content = KnowledgeLoader.Load(Repository.KnowledgeDirectory);

        using var index = Build(content);

        // "link, connection, relationship, axis" is one synonym group: every occurrence of one injects the others.
        var text = index.Fields[IndexFields.Text];
        Assert.True(text.TryGetScoringTerm("link", out var link));
        Assert.True(text.TryGetScoringTerm("connect", out var connection));
        Assert.True(text.TryGetScoringTerm("relationship", out var relationship));
        Assert.True(text.TryGetScoringTerm("gut", out var gut));
        Assert.Equal(link, connection);
        Assert.Equal(link, relationship);
        Assert.NotEqual(link, gut);
        Assert.False(text.TryGetScoringTerm("zzunknownzz", out _));
    }

    private static BooleanQuery Query(IEnumerable<string> terms, string[] fields)
    {
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            foreach (var field in fields)
            {
                query.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            }
        }

        return query;
    }

    private static List<PassageHit> OnePassagePerDocument(KnowledgeContent content, KnowledgeAnalyzer analyzer, Query query)
    {
        using var directory = new RAMDirectory();
        var passages = new List<(int Section, int Passage)>();
        var config = new IndexWriterConfig(KnowledgeAnalyzer.Version, analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var section = 0; section < content.Sections.Count; section++)
            {
                var s = content.Sections[section];
                for (var passage = 0; passage < s.Passages.Count; passage++)
                {
                    writer.AddDocument(new Document
                    {
                        new TextField(IndexFields.Title, s.Title, Field.Store.NO),
                        new TextField(IndexFields.Questions, string.Join("\n", s.Questions), Field.Store.NO),
                        new TextField(IndexFields.Text, s.Passages[passage], Field.Store.NO),
                        new TextField(IndexFields.Tags, string.Join("\n", s.Tags), Field.Store.NO),
                    });
                    passages.Add((section, passage));
                }
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        return [.. searcher.Search(query, 100).ScoreDocs.Select(d => new PassageHit(passages[d.Doc].Section, passages[d.Doc].Passage, d.Score))];
    }

    private static KnowledgeIndex Build(KnowledgeContent content) =>
        KnowledgeIndex.Build(content, SemanticIndex.Build(content.Sections, SentenceEmbedder.For(SemanticModel.MiniLM), EmbeddingCache.Open(null, "test")));
}
