using GutSkin.Knowledge.Content;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// Answers one question from one version of the index: safety first, then offer requests, then
/// retrieval with spelling correction and synonyms, and an explicit no-answer decision.
/// </summary>
internal static class AnswerFinder
{
    /// <summary>Only this much of a question is searched; the rest of a very long message is noise.</summary>
    public const int MaxSearchedLength = 1000;

    // A question has a dozen words; more is a pasted text, whose first words say what it is about.
    private const int MaxTerms = 32;
    private const int MaxAlternatives = 3;
    private const int PassagesConsidered = 100;

    // How much a section's rank owes to covering the question, against its best passage's BM25 score.
    private const double CoverageWeight = 0.6;
    private const float SecondPassageWeight = 0.5f;

    // Tuned on the labelled questions: alternative questions and titles say what a section is about,
    // the passage says what it states.
    private static readonly (string Field, float Boost)[] Fields =
    [
        (IndexFields.Title, 0.7f),
        (IndexFields.Questions, 1.0f),
        (IndexFields.Text, 1.0f),
        (IndexFields.Tags, 0.7f),
    ];

    /// <summary>The part of a trimmed message that is screened and searched: its first <see cref="MaxSearchedLength"/> characters.</summary>
    public static string SearchedPart(string trimmed) => trimmed.Length > MaxSearchedLength ? trimmed[..MaxSearchedLength] : trimmed;

    /// <summary>The answer to <paramref name="question"/>; never throws for any text.</summary>
    public static Answer Find(KnowledgeIndex index, string question)
    {
        var trimmed = question.Trim();
        if (!trimmed.Any(char.IsLetterOrDigit))
        {
            return Answer.NotAnswered(question, NoAnswerReason.Empty);
        }

        var searched = SearchedPart(trimmed);
        if (MessageScreen.Decide(question, searched, index.Content.Offers) is { } decided)
        {
            return decided;
        }

        return Retrieve(index, question, index.Spelling.Correct(searched));
    }

    private static Answer Retrieve(KnowledgeIndex index, string question, string corrected)
    {
        var expanded = index.Analyzer.Terms(corrected).Distinct().Take(MaxTerms).ToList();
        if (expanded.Count == 0)
        {
            return Answer.NotAnswered(question, NoAnswerReason.Empty);
        }

        var hits = index.TopPassages(BuildQuery(index, expanded), PassagesConsidered);
        var topicTerms = TopicTerms(index, corrected);
        var sections = RankSections(index, hits, topicTerms);
        if (sections.Count == 0)
        {
            return Answer.NotAnswered(question, NoAnswerReason.NotFound);
        }

        var best = sections[0];
        var nextScore = sections.Count > 1 ? sections[1].Score : 0;
        var confidence = AnswerConfidence.Of(best.Coverage, (best.Score - nextScore) / best.Score);
        if (confidence < AnswerConfidence.Threshold)
        {
            return Answer.NotAnswered(question, NoAnswerReason.NotFound) with { Confidence = confidence };
        }

        var alternatives = sections.Skip(1)
            .Where(s => s.Score >= best.Score * AnswerConfidence.CloseShare)
            .Select(s => new AlternativeSection(index.Content.Sections[s.Section].Id, index.Content.Sections[s.Section].Title, AnswerConfidence.Of(s.Coverage, 0) * s.Score / best.Score))
            .Where(a => a.Confidence >= AnswerConfidence.Threshold)
            .Take(MaxAlternatives)
            .ToList();
        var section = index.Content.Sections[best.Section];
        return new Answer(question, true, false, null, null, section, section.Passages[best.Passage], confidence, alternatives);
    }

    /// <summary>
    /// One clause per field for every term, as the analyzer expanded it with synonyms. Terms a field lacks are left out,
    /// and terms that share all their postings in a field become one clause whose boost counts them, which scores the same.
    /// </summary>
    private static BooleanQuery BuildQuery(KnowledgeIndex index, List<string> terms)
    {
        var query = new BooleanQuery();
        var clauses = new Dictionary<(string Field, string Term), TermQuery>();
        foreach (var term in terms)
        {
            foreach (var (field, boost) in Fields)
            {
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

    /// <summary>
    /// Sections ranked by how much of the question they cover (rare words weigh more) and by their best
    /// passage's BM25 score, each with that passage.
    /// </summary>
    private static List<RankedSection> RankSections(KnowledgeIndex index, List<PassageHit> hits, List<string> topicTerms)
    {
        // A section's BM25 evidence: its best passage, plus half its second best, so that a section
        // about the topic throughout outranks a broad overview that mentions it once.
        var bestPassages = new List<(int Section, int Passage, float Score)>();
        var seconds = new Dictionary<int, float>();
        foreach (var (section, passage, score) in hits)
        {
            if (bestPassages.All(r => r.Section != section))
            {
                bestPassages.Add((section, passage, score));
            }
            else
            {
                seconds.TryAdd(section, score);
            }
        }

        if (bestPassages.Count == 0)
        {
            return [];
        }

        bestPassages = [.. bestPassages.Select(p => p with { Score = p.Score + (SecondPassageWeight * seconds.GetValueOrDefault(p.Section)) }).OrderByDescending(p => p.Score)];
        var topScore = bestPassages[0].Score;
        return [.. bestPassages
            .Select(p =>
            {
                var coverage = Coverage(index, p.Section, topicTerms);
                var score = (CoverageWeight * coverage) + ((1 - CoverageWeight) * p.Score / topScore);
                return new RankedSection(p.Section, p.Passage, score, coverage);
            })
            .OrderByDescending(r => r.Score)];
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

    private sealed record RankedSection(int Section, int Passage, double Score, double Coverage);
}
