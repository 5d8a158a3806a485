using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// The lexical half of retrieval: the question's words, spell-corrected and expanded with synonyms, as BM25 term
/// queries over Lucene, summed per section, with how much of the question's topic each section covers.
/// </summary>
internal static class LexicalRanking
{
    // A question has a dozen words; more is a pasted text, whose first words say what it is about.
    private const int MaxTerms = 32;
    private const int PassagesConsidered = 100;
    private const float SecondPassageWeight = 0.5f;

    // The words of a long message's asking sentence count twice: the story around the question names neighbouring
    // sections' subjects ("psoriasis on my knees" beside "what does the article conclude").
    private const float AskedBoost = 2f;

    // Alternative questions and titles say what a section is about, the passage says what it states.
    private static readonly (string Field, float Boost)[] Fields =
    [
        (IndexFields.Title, 0.7f),
        (IndexFields.Questions, 1.0f),
        (IndexFields.Text, 1.0f),
        (IndexFields.Tags, 0.7f),
    ];

    /// <summary>The sections that matched, by section position, and the question's topic words: how many, and how many no section has.</summary>
    /// <param name="index">The index searched.</param>
    /// <param name="corrected">The message, spelling corrected.</param>
    /// <param name="questionSentences">Its sentences worth reading on their own (<see cref="MessageSentences.Questions"/>).</param>
    /// <param name="weighAsked">Whether the first of them, when every one asks, weighs <see cref="AskedBoost"/> times.</param>
    public static (Dictionary<int, LexicalCandidate> Sections, int TopicTerms, int UnknownTerms) Rank(KnowledgeIndex index, string corrected, IReadOnlyList<string> questionSentences, bool weighAsked)
    {
        var topicTerms = TopicTerms(index, corrected);

        // In a long message the question sentence says what must be covered; the backstory around it need not be.
        var questionTerms = questionSentences is [var question, ..] ? TopicTerms(index, question) : topicTerms;
        var unknown = questionTerms.Count(t => !index.HasTerm(t));
        // The asking sentence's words come first, so that a long story does not push them past the cap.
        List<string> asked = weighAsked && questionSentences is [var asking, ..] && questionSentences.All(MessageSentences.Asks) ? [.. index.Analyzer.Terms(asking).Distinct()] : [];
        var expanded = asked.Concat(index.Analyzer.Terms(corrected)).Distinct().Take(MaxTerms).ToList();
        if (expanded.Count == 0)
        {
            return ([], questionTerms.Count, unknown);
        }

        var hits = index.TopPassages(BuildQuery(index, expanded, asked.ToHashSet(StringComparer.Ordinal)), PassagesConsidered);

        // A section's BM25 evidence: its best passage, plus half its second best, so that a section about the topic
        // throughout outranks a broad overview that mentions it once.
        var best = new Dictionary<int, (int Passage, float Score)>();
        var seconds = new Dictionary<int, float>();
        foreach (var (section, passage, score) in hits)
        {
            if (!best.TryAdd(section, (passage, score)))
            {
                seconds.TryAdd(section, score);
            }
        }

        var scores = best.ToDictionary(b => b.Key, b => b.Value.Score + (SecondPassageWeight * seconds.GetValueOrDefault(b.Key)));
        var top = scores.Count == 0 ? 1 : scores.Values.Max();
        var sections = best.ToDictionary(
            b => b.Key,
            b => new LexicalCandidate(b.Key, b.Value.Passage, scores[b.Key] / top, Math.Max(Coverage(index, b.Key, topicTerms), Coverage(index, b.Key, questionTerms))));
        return (sections, questionTerms.Count, unknown);
    }

    /// <summary>
    /// One clause per field for every term, as the analyzer expanded it with synonyms. Terms a field lacks are left out,
    /// and terms that share all their postings in a field become one clause whose boost counts them, which scores the same.
    /// Terms of <paramref name="asked"/> weigh <see cref="AskedBoost"/> times as much.
    /// </summary>
    private static BooleanQuery BuildQuery(KnowledgeIndex index, List<string> terms, HashSet<string> asked)
    {
        var query = new BooleanQuery();
        var clauses = new Dictionary<(string Field, string Term), TermQuery>();
        foreach (var term in terms)
        {
            foreach (var (field, fieldBoost) in Fields)
            {
                var boost = asked.Contains(term) ? fieldBoost * AskedBoost : fieldBoost;
                if (!index.Fields.TryGetValue(field, out var vocabulary) || !vocabulary.TryGetScoringTerm(term, out var scoringTerm))
                {
                    continue;
                }

                if (clauses.TryGetValue((field, scoringTerm), out var clause))
                {
                    clause.Boost += boost;
                    continue;
                }

                clause = index.TermQuery(new Term(field, scoringTerm));
                clause.Boost = boost;
                clauses.Add((field, scoringTerm), clause);
                query.Add(clause, Occur.SHOULD);
            }
        }

        return query;
    }

    private static List<string> TopicTerms(KnowledgeIndex index, string corrected)
    {
        var own = index.PlainAnalyzer.Terms(corrected).Distinct().Take(MaxTerms).ToList();
        var questionWords = index.QuestionWordTerms;
        var topic = own.Where(t => !questionWords.Contains(t)).ToList();
        return topic.Count > 0 ? topic : own;
    }

    /// <summary>The share of the question's topic words found in the section, each weighted by how rare it is across sections.</summary>
    private static double Coverage(KnowledgeIndex index, int section, List<string> topicTerms)
    {
        double covered = 0, total = 0;
        foreach (var term in topicTerms)
        {
            var weight = index.TermWeight(term);
            total += weight;
            covered += index.SectionHasTerm(section, term) ? weight : 0;
        }

        return total == 0 ? 0 : covered / total;
    }
}
