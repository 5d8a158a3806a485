using GutSkin.Knowledge.Search;

namespace GutSkin.Knowledge.Evaluation;

/// <summary>
/// Fits the <see cref="AnswerModel"/>: the section scorer and the answerability model on the training questions, then the
/// answerability threshold on the development questions, and measures how that generalises to a new writer by leaving one
/// origin out at a time. The test questions are never seen here.
/// </summary>
public static class Calibration
{
    /// <summary>The share of unanswerable development questions the threshold must decline.</summary>
    public const double DeclineTarget = 0.90;

    // The L2 penalty on the answerability weights (the question-passage products among them), chosen leave-one-writer-out.
    private const double Regularisation = 1e-4;

    /// <summary>
    /// Fits a model for <paramref name="knowledge"/>'s content. It records the unanswerable exemplars' outside words as the
    /// fit read them (<see cref="KnowledgeIndex.LabelledOutsideWords"/>): those of the model loaded where it recorded them,
    /// the rest against this content.
    /// </summary>
    public static AnswerModel Fit(LiveKnowledge knowledge, IReadOnlyList<LabelledQuestion> train, IReadOnlyList<LabelledQuestion> development)
    {
        var (model, trainFigures, devFigures) = Fit(knowledge, Gather(knowledge, train, _ => false), train, Gather(knowledge, development, _ => false), development);
        var note = $"Fitted by `calibrate` on {DateTime.UtcNow:yyyy-MM-dd} from {train.Count} training questions (each compared with the " +
            $"exemplars but itself: answerable top-1 {trainFigures.Accuracy:P1}, unanswerable declined {trainFigures.Declined:P1}); threshold chosen on " +
            $"{development.Count} development questions (answerable top-1 {devFigures.Accuracy:P1}, unanswerable declined {devFigures.Declined:P1}).";
        return model with { Note = note, OutsideWords = knowledge.WithIndex(index => index.LabelledOutsideWords) };
    }

    /// <summary>
    /// How the engine does for a writer it has never seen, one origin at a time: the model is fitted on the other origins'
    /// training rows, its threshold chosen on their development rows, with the left-out origin's questions hidden from the
    /// exemplars throughout; then every row of that origin, training and development alike, is scored.
    /// </summary>
    public static IReadOnlyList<OriginFigures> ByOrigin(LiveKnowledge knowledge, IReadOnlyList<LabelledQuestion> train, IReadOnlyList<LabelledQuestion> development)
    {
        // Each question is read once (spelling, BM25, closeness by meaning: most of the cost); only its comparison with the
        // exemplars, which hides each left-out writer's, is made again per writer.
        var readings = Read(knowledge, train.Concat(development));
        var figures = new List<OriginFigures>();
        foreach (var origin in train.Concat(development).Select(r => r.Origin).Where(o => o.Length > 0).Distinct(StringComparer.Ordinal))
        {
            var leftOut = train.Where(r => r.Origin == origin).Select(r => r.Question.Trim()).ToHashSet(StringComparer.Ordinal);
            var fitOn = train.Where(r => r.Origin != origin).ToList();
            var chooseOn = development.Where(r => r.Origin != origin).ToList();
            var scored = train.Concat(development).Where(r => r.Origin == origin).ToList();
            var (model, _, _) = Fit(knowledge, Gather(knowledge, fitOn, leftOut.Contains, readings), fitOn, Gather(knowledge, chooseOn, leftOut.Contains, readings), chooseOn);
            var scoredEvidence = Gather(knowledge, scored, leftOut.Contains, readings);
            var (answerable, unanswerable) = Totals(scored);
            var answers = Score(knowledge, model, scoredEvidence);
            figures.Add(new OriginFigures(
                origin,
                answerable,
                answers.Count(s => s.Row.IsAnswerable && s.Answer.Confidence >= model.Threshold && s.Row.Accepts(s.Answer.Section!.Id)),
                unanswerable,
                answers.Count(s => !s.Row.IsAnswerable && s.Answer.Confidence < model.Threshold)));
        }

        return figures;
    }

    private static (AnswerModel Model, (double Accuracy, double Declined) Train, (double Accuracy, double Declined) Development) Fit(
        LiveKnowledge knowledge,
        List<(LabelledQuestion Row, RetrievalEvidence Evidence)> trainEvidence,
        IReadOnlyList<LabelledQuestion> train,
        List<(LabelledQuestion Row, RetrievalEvidence Evidence)> devEvidence,
        IReadOnlyList<LabelledQuestion> development)
    {
        var section = FitSectionScorer(knowledge, trainEvidence);
        var answerability = FitAnswerability(knowledge, section, trainEvidence);
        var unset = new AnswerModel(section, answerability, 0.5, string.Empty);
        var (threshold, accuracy, declined) = ChooseThreshold(Score(knowledge, unset, devEvidence), Totals(development));
        var trainFigures = Figures(Score(knowledge, unset, trainEvidence), threshold, Totals(train));
        return (unset with { Threshold = threshold }, trainFigures, (accuracy, declined));
    }

    /// <summary>
    /// How many rows are answerable and unanswerable, counting those the screen decides before any search (a "none" row
    /// referred to a clinician is not declined, as <c>eval</c> counts it), so that the figures here are <c>eval</c>'s.
    /// </summary>
    private static (int Answerable, int Unanswerable) Totals(IReadOnlyList<LabelledQuestion> rows) =>
        (Math.Max(1, rows.Count(r => r.IsAnswerable && r.Label != LabelledQuestion.Offer)), Math.Max(1, rows.Count(r => r.Label == LabelledQuestion.None)));

    // Each row is compared with every exemplar but itself and those hidden; from its reading when one is given.
    private static List<(LabelledQuestion Row, RetrievalEvidence Evidence)> Gather(
        LiveKnowledge knowledge, IReadOnlyList<LabelledQuestion> rows, Func<string, bool> hidden, IReadOnlyDictionary<string, QuestionReading?>? readings = null) =>
        [.. rows
            .Where(Searched)
            .Select(r => (Row: r, Own: r.Question.Trim(), Reading: readings is null ? Read(knowledge, r.Question) : readings[r.Question.Trim()]))
            .Where(r => r.Reading is not null)
            .Select(r => (r.Row, knowledge.WithIndex(index => new AnswerFinder(index).Gather(r.Reading!, q => q == r.Own || hidden(q)))))];

    /// <summary>Each searched row's reading, by its trimmed question; null for a question the screen decides before any search.</summary>
    private static Dictionary<string, QuestionReading?> Read(LiveKnowledge knowledge, IEnumerable<LabelledQuestion> rows)
    {
        var readings = new Dictionary<string, QuestionReading?>(StringComparer.Ordinal);
        foreach (var row in rows.Where(Searched))
        {
            readings.TryAdd(row.Question.Trim(), Read(knowledge, row.Question));
        }

        return readings;
    }

    private static QuestionReading? Read(LiveKnowledge knowledge, string question) =>
        knowledge.Screen(question) is null ? knowledge.WithIndex(index => new AnswerFinder(index).Read(AnswerFinder.SearchedPart(question.Trim()))) : null;

    // Urgent, clinician and offer rows are decided before the answer model and are not fitted on.
    private static bool Searched(LabelledQuestion row) => row.Label is not (LabelledQuestion.Urgent or LabelledQuestion.Clinician or LabelledQuestion.Offer);

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
        var scorer = new AnswerModel(section, new LogisticModel([], 0), 0, string.Empty);
        foreach (var (row, evidence) in rows)
        {
            var ranked = AnswerFinder.Rank(scorer, evidence);
            if (ranked.Count == 0)
            {
                continue;
            }

            var best = ranked[0];
            var next = ranked.Count > 1 ? ranked[1].Score : 0;
            var passage = knowledge.WithIndex(index => index.Semantic.PassageVector(best.Candidate.Section, best.Candidate.Semantic.BestPassage).ToArray());
            features.Add(AnswerabilityFeatures.Of(best.Score, next, best.Candidate, evidence, passage));
            positive.Add(row.IsAnswerable && row.Accepts(knowledge.Current.Sections[best.Candidate.Section].Id));
        }

        return LogisticNewtonFit.Fit(features, positive, Regularisation);
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
