using GutSkin.Knowledge.Search;

namespace GutSkin.Knowledge.Evaluation;

/// <summary>
/// Fits the <see cref="AnswerModel"/>: the section scorer and the answerability model on the training questions, then the
/// answerability threshold on the development questions. The test questions are never seen here.
/// </summary>
public static class Calibration
{
    /// <summary>The share of unanswerable development questions the threshold must decline.</summary>
    public const double DeclineTarget = 0.90;

    /// <summary>Fits a model for <paramref name="knowledge"/>'s content.</summary>
    public static AnswerModel Fit(LiveKnowledge knowledge, IReadOnlyList<LabelledQuestion> train, IReadOnlyList<LabelledQuestion> development)
    {
        var trainEvidence = Gather(knowledge, train);
        var section = FitSectionScorer(knowledge, trainEvidence);
        var answerability = FitAnswerability(knowledge, section, trainEvidence);
        var devEvidence = Gather(knowledge, development);
        var unset = new AnswerModel(section, answerability, 0.5, string.Empty);
        var (threshold, accuracy, declined) = ChooseThreshold(Score(knowledge, unset, devEvidence), Totals(development));
        var (trainAccuracy, trainDeclined) = Figures(Score(knowledge, unset, trainEvidence), threshold, Totals(train));
        var note = $"Fitted by `calibrate` on {DateTime.UtcNow:yyyy-MM-dd} from {train.Count} training questions (each compared with the " +
            $"exemplars but itself: answerable top-1 {trainAccuracy:P1}, unanswerable declined {trainDeclined:P1}); threshold chosen on " +
            $"{development.Count} development questions (answerable top-1 {accuracy:P1}, unanswerable declined {declined:P1}).";
        return new AnswerModel(section, answerability, threshold, note);
    }

    /// <summary>
    /// How many rows are answerable and unanswerable, counting those the screen decides before any search (a "none" row
    /// referred to a clinician is not declined, as <c>eval</c> counts it), so that the figures here are <c>eval</c>'s.
    /// </summary>
    private static (int Answerable, int Unanswerable) Totals(IReadOnlyList<LabelledQuestion> rows) =>
        (Math.Max(1, rows.Count(r => r.IsAnswerable && r.Label != LabelledQuestion.Offer)), Math.Max(1, rows.Count(r => r.Label == LabelledQuestion.None)));

    private static List<(LabelledQuestion Row, RetrievalEvidence Evidence)> Gather(LiveKnowledge knowledge, IReadOnlyList<LabelledQuestion> rows) =>
        [.. rows
            .Where(r => r.Label is not (LabelledQuestion.Urgent or LabelledQuestion.Clinician or LabelledQuestion.Offer))
            .Where(r => knowledge.Screen(r.Question) is null)
            .Select(r => (r, knowledge.WithIndex(index => new AnswerFinder(index).Gather(AnswerFinder.SearchedPart(r.Question.Trim()), r.Question.Trim()))))];

    private static LogisticModel FitSectionScorer(LiveKnowledge knowledge, List<(LabelledQuestion Row, RetrievalEvidence Evidence)> rows)
    {
        var features = new List<double[]>();
        var positive = new List<bool>();
        foreach (var (row, evidence) in rows.Where(r => r.Row.IsAnswerable))
        {
            foreach (var candidate in evidence.Candidates)
            {
                features.Add(candidate.Features);
                positive.Add(row.Accepts(knowledge.Current.Sections[candidate.Section].Id));
            }
        }

        return LogisticFit.Fit(features, positive);
    }

    private static LogisticModel FitAnswerability(LiveKnowledge knowledge, LogisticModel section, List<(LabelledQuestion Row, RetrievalEvidence Evidence)> rows)
    {
        var features = new List<double[]>();
        var positive = new List<bool>();
        var scorer = new AnswerModel(section, new LogisticModel(new double[AnswerabilityFeatures.Count], 0), 0, string.Empty);
        foreach (var (row, evidence) in rows)
        {
            var ranked = AnswerFinder.Rank(scorer, evidence);
            if (ranked.Count == 0)
            {
                continue;
            }

            var best = ranked[0];
            var next = ranked.Count > 1 ? ranked[1].Score : 0;
            features.Add(AnswerabilityFeatures.Of(best.Score, next, best.Candidate, evidence));
            positive.Add(row.IsAnswerable && row.Accepts(knowledge.Current.Sections[best.Candidate.Section].Id));
        }

        return LogisticFit.Fit(features, positive);
    }

    /// <summary>Each row with the answer the model gives it before any threshold.</summary>
    private static List<(LabelledQuestion Row, Answer Answer)> Score(
        LiveKnowledge knowledge, AnswerModel model, List<(LabelledQuestion Row, RetrievalEvidence Evidence)> rows) =>
        [.. rows.Select(r => (r.Row, knowledge.WithIndex(index => new AnswerFinder(index).Decide(model with { Threshold = 0 }, r.Row.Question, r.Evidence))))];

    /// <summary>Answerable top-1 and unanswerable declined at <paramref name="threshold"/>.</summary>
    private static (double Accuracy, double Declined) Figures(
        List<(LabelledQuestion Row, Answer Answer)> scored, double threshold, (int Answerable, int Unanswerable) totals)
    {
        var (answerable, unanswerable) = totals;
        var accuracy = (double)scored.Count(s => s.Row.IsAnswerable && s.Answer.Confidence >= threshold && s.Row.Accepts(s.Answer.Section!.Id)) / answerable;
        var declined = (double)scored.Count(s => !s.Row.IsAnswerable && s.Answer.Confidence < threshold) / unanswerable;
        return (accuracy, declined);
    }

    /// <summary>The threshold with the best answerable top-1 that still declines <see cref="DeclineTarget"/> of the unanswerable.</summary>
    private static (double Threshold, double Accuracy, double Declined) ChooseThreshold(
        List<(LabelledQuestion Row, Answer Answer)> scored, (int Answerable, int Unanswerable) totals)
    {
        var best = (Threshold: 0.5, Accuracy: 0.0, Declined: 0.0);
        var fallback = best;
        for (var threshold = 0.05; threshold < 0.96; threshold += 0.01)
        {
            var (accuracy, declined) = Figures(scored, threshold, totals);
            if (declined >= DeclineTarget && accuracy > best.Accuracy)
            {
                best = (Math.Round(threshold, 2), accuracy, declined);
            }

            if (accuracy + declined > fallback.Accuracy + fallback.Declined)
            {
                fallback = (Math.Round(threshold, 2), accuracy, declined);
            }
        }

        return best.Accuracy > 0 ? best : fallback;
    }
}
