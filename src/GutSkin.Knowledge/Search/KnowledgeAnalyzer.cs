using GutSkin.Knowledge.Content;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// The one analysis chain used for indexing and for questions: standard tokens, English possessives,
/// lower case, stop words, Porter stems, then the content staff's synonyms.
/// </summary>
/// <remarks>
/// Synonyms come after stemming (and are parsed with the same chain) so that "probiotic" and
/// "probiotics" both meet the group "probiotics, good bacteria".
/// </remarks>
internal sealed class KnowledgeAnalyzer : Analyzer
{
    /// <summary>The Lucene version shared by analyzer and writer.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly SynonymMap? synonyms;

    private KnowledgeAnalyzer(SynonymMap? synonyms) => this.synonyms = synonyms;

    /// <summary>The chain with synonym expansion.</summary>
    public static KnowledgeAnalyzer WithSynonyms(IReadOnlyList<SynonymGroup> groups) => new(BuildMap(groups));

    /// <summary>The chain without synonyms: what a question's own words become.</summary>
    public static KnowledgeAnalyzer WithoutSynonyms() => new(null);

    /// <summary>The analysed terms of <paramref name="text"/>, in order, synonyms included.</summary>
    public List<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, StopAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new PorterStemFilter(stream);
        if (synonyms is not null)
        {
            stream = new SynonymFilter(stream, synonyms, ignoreCase: false);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }

    private static SynonymMap? BuildMap(IReadOnlyList<SynonymGroup> groups)
    {
        if (groups.Count == 0)
        {
            return null;
        }

        using var normaliser = WithoutSynonyms();
        var builder = new SynonymMap.Builder(dedup: true);
        var added = 0;
        foreach (var group in groups)
        {
            var forms = group.Terms
                .Select(t => normaliser.Terms(t))
                .Where(words => words.Count > 0)
                .Select(words => SynonymMap.Builder.Join([.. words], new CharsRef()))
                .DistinctBy(c => c.ToString())
                .ToList();
            foreach (var input in forms)
            {
                foreach (var output in forms.Where(o => !o.Equals(input)))
                {
                    builder.Add(input, output, includeOrig: true);
                    added++;
                }
            }
        }

        return added == 0 ? null : builder.Build();
    }
}
