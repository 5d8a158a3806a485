using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Safety;
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

    /// <summary>The answer to <paramref name="question"/>; never throws for any text.</summary>
    public static Answer Find(KnowledgeIndex index, string question)
    {
        var trimmed = question.Trim();
        if (!trimmed.Any(char.IsLetterOrDigit))
        {
            return Answer.NotAnswered(question, NoAnswerReason.Empty);
        }

        var searched = trimmed.Length > MaxSearchedLength ? trimmed[..MaxSearchedLength] : trimmed;
        switch (SafetyScreen.Assess(searched))
        {
            case SafetyVerdict.Urgent:
                return Answer.NotAnswered(question, NoAnswerReason.Urgent, urgent: true);
            case SafetyVerdict.ClinicianReferral:
                return Answer.NotAnswered(question, NoAnswerReason.Clinician);
        }

        if (OfferRequest.Detect(searched, index.Content.Offers) is { } offer)
        {
            return new Answer(question, true, false, offer, null, null, null, 1, []);
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

        var hits = index.Searcher.Search(BuildQuery(expanded), PassagesConsidered).ScoreDocs;
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
            .Select(s => new AlternativeSection(s.SectionId, index.SectionsById[s.SectionId].Title, AnswerConfidence.Of(s.Coverage, 0) * s.Score / best.Score))
            .Where(a => a.Confidence >= AnswerConfidence.Threshold)
            .Take(MaxAlternatives)
            .ToList();
        var section = index.SectionsById[best.SectionId];
        return new Answer(question, true, false, null, null, section, section.Passages[best.Passage], confidence, alternatives);
    }

    private static BooleanQuery BuildQuery(IEnumerable<string> terms)
    {
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            foreach (var (field, boost) in Fields)
            {
                query.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
            }
        }

        return query;
    }

    /// <summary>
    /// Sections ranked by how much of the question they cover (rare words weigh more) and by their best
    /// passage's BM25 score, each with that passage.
    /// </summary>
    private static List<RankedSection> RankSections(KnowledgeIndex index, ScoreDoc[] hits, List<string> topicTerms)
    {
        // A section's BM25 evidence: its best passage, plus half its second best, so that a section
        // about the topic throughout outranks a broad overview that mentions it once.
        var bestPassages = new List<(string SectionId, int Passage, float Score)>();
        var seconds = new Dictionary<string, float>();
        foreach (var hit in hits)
        {
            var (sectionId, passage) = index.Passages[hit.Doc];
            if (bestPassages.All(r => r.SectionId != sectionId))
            {
                bestPassages.Add((sectionId, passage, hit.Score));
            }
            else
            {
                seconds.TryAdd(sectionId, hit.Score);
            }
        }

        if (bestPassages.Count == 0)
        {
            return [];
        }

        bestPassages = [.. bestPassages.Select(p => p with { Score = p.Score + (SecondPassageWeight * seconds.GetValueOrDefault(p.SectionId)) }).OrderByDescending(p => p.Score)];
        var topScore = bestPassages[0].Score;
        return [.. bestPassages
            .Select(p =>
            {
                var coverage = Coverage(index, p.SectionId, topicTerms);
                var score = (CoverageWeight * coverage) + ((1 - CoverageWeight) * p.Score / topScore);
                return new RankedSection(p.SectionId, p.Passage, score, coverage);
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
    private static double Coverage(KnowledgeIndex index, string sectionId, List<string> topicTerms)
    {
        var terms = index.SectionTerms[sectionId];
        double covered = 0, total = 0;
        foreach (var term in topicTerms)
        {
            var weight = index.TermWeight(term);
            total += weight;
            covered += terms.Contains(term) ? weight : 0;
        }

        return total == 0 ? 0 : covered / total;
    }

    private sealed record RankedSection(string SectionId, int Passage, double Score, double Coverage);
}
