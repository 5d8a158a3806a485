using System.Globalization;
using GutSkin.Knowledge.Safety;
using GutSkin.Knowledge.Search;

namespace GutSkin.Knowledge.Evaluation;

/// <summary>
/// Fits the semantic safety layer's <see cref="RedFlagModel"/>: the piece model (L2-regularised, over the piece's described
/// features and its sentence embedding) on the training messages, then the threshold
/// on the development messages, for recall first. A red-flag message is one positive piece (the one the model finds most
/// likely, starting from the one closest to a red-flag exemplar), every piece of a harmless message is a negative. The
/// threshold is the lowest at which the semantic layer on its own (whatever the phrase rules say of the same messages)
/// flags at most the false-urgent target of the non-urgent development messages and of the non-urgent training messages.
/// Held-out files are never read here.
/// </summary>
public static class SafetyCalibration
{
    /// <summary>The target: at most 1 % of non-urgent messages urgent.</summary>
    public const double FalseUrgentTarget = 0.01;

    private const int Rounds = 3;

    // The L2 penalty on the piece model's weights (the piece's embedding among them), chosen leave-one-writer-out on the
    // writers the phrase rules were not written from (test6, extra8): 1e-4 and more lost recall, 3e-6 raised the answers
    // sets' false urgent.
    private const double Regularisation = 1e-5;

    /// <summary>The fitted model, and a line per threshold tried with its development figures.</summary>
    public static (RedFlagModel Model, IReadOnlyList<string> Thresholds) Fit(IReadOnlyList<SafetySample> train, IReadOnlyList<SafetySample> development)
    {
        var (model, trainScores, dev) = Fit(Read(train), Read(development));
        var lines = new List<string>();
        foreach (var t in new[] { model.Threshold }.Concat(Enumerable.Range(1, 19).Select(i => i * 0.05)).Distinct().Order())
        {
            lines.Add($"threshold {t:0.000}: train {Figures(trainScores, t)}; dev {Figures(dev, t)}");
        }

        var note = $"Fitted by `calibrate --safety` on {DateTime.UtcNow:yyyy-MM-dd} from {train.Count} training messages " +
            $"({train.Count(s => s.IsRedFlag)} red flags); threshold chosen on {development.Count} development messages for recall first, the semantic layer alone at most the false-urgent target there and on train: " +
            $"dev {Figures(dev, model.Threshold)}, train {Figures(trainScores, model.Threshold)}.";
        return (model with { Note = note }, lines);
    }

    /// <summary>
    /// Leave-one-writer-out: for each writer of the rows (the <c>writer</c> column; the answers sets' rows count as one
    /// writer, <c>answers</c>), the model is fitted on the other writers' training rows, its threshold chosen on their
    /// development rows, and every row of the left-out writer scored, the phrase rules included. One line per writer, then
    /// the mean and the worst writer. The phrase rules themselves were written looking at some writers' rows, so a writer's
    /// figure is honest only for rows the rules' author had not read.
    /// </summary>
    public static IReadOnlyList<string> LeaveOneWriterOut(IReadOnlyList<SafetySample> train, IReadOnlyList<SafetySample> development)
    {
        var trainRows = Read(train);
        var devRows = Read(development);
        var writers = trainRows.Concat(devRows).Select(r => WriterOf(r.Sample)).Distinct().Order(StringComparer.Ordinal).ToList();
        var lines = new List<string>();
        var figures = new List<(string Writer, double? Recall, double FalseUrgent)>();
        foreach (var writer in writers)
        {
            var (model, _, _) = Fit([.. trainRows.Where(r => WriterOf(r.Sample) != writer)], [.. devRows.Where(r => WriterOf(r.Sample) != writer)]);
            var left = trainRows.Concat(devRows).Where(r => WriterOf(r.Sample) == writer)
                .Select(r => (r.Sample, r.Phrase, SemanticScreen.Best(r.Pieces, model).Probability)).ToList();
            var red = left.Count(r => r.Sample.IsRedFlag);
            var harmless = left.Count - red;
            var found = left.Count(r => r.Sample.IsRedFlag && (r.Phrase || r.Probability >= model.Threshold));
            double? recall = red == 0 ? null : (double)found / red;
            var falseUrgent = harmless == 0 ? 0 : FalseUrgentRate(left, model.Threshold);
            figures.Add((writer, recall, falseUrgent));
            lines.Add($"left out {writer,-10} threshold {model.Threshold:0.00}: {Figures(left, model.Threshold)}, recall {(recall is { } r ? r.ToString("P1", CultureInfo.InvariantCulture) : "-")}, false urgent {falseUrgent.ToString("P1", CultureInfo.InvariantCulture)}");
        }

        var recalls = figures.Where(f => f.Recall is not null).ToList();
        lines.Add($"leave-one-writer-out mean: recall {recalls.Average(f => f.Recall!.Value):P1}, false urgent {figures.Average(f => f.FalseUrgent):P1}; " +
            $"worst recall {recalls.MinBy(f => f.Recall)!.Writer} {recalls.Min(f => f.Recall)!.Value:P1}, worst false urgent {figures.MaxBy(f => f.FalseUrgent).Writer} {figures.Max(f => f.FalseUrgent):P1}");
        return lines;
    }

    private static string WriterOf(SafetySample sample) => sample.Writer.Length == 0 ? "answers" : sample.Writer;

    private static (RedFlagModel Model, List<(SafetySample Sample, bool Phrase, double Probability)> Train, List<(SafetySample Sample, bool Phrase, double Probability)> Dev) Fit(
        List<(SafetySample Sample, bool Phrase, IReadOnlyList<(string Category, double[] Features)> Pieces)> trainRows,
        List<(SafetySample Sample, bool Phrase, IReadOnlyList<(string Category, double[] Features)> Pieces)> devRows)
    {
        // A message too short to compare (no piece) teaches the piece model nothing.
        var compared = trainRows.Where(r => r.Pieces.Count > 0).ToList();
        var piece = LogisticNewtonFit.Fit(
            [.. compared.SelectMany(r => r.Sample.IsRedFlag ? [r.Pieces.MaxBy(p => p.Features[2]).Features] : r.Pieces.Select(p => p.Features))],
            [.. compared.SelectMany(r => r.Sample.IsRedFlag ? [true] : r.Pieces.Select(_ => false))],
            Regularisation);
        for (var round = 1; round < Rounds; round++)
        {
            var current = piece;
            piece = LogisticNewtonFit.Fit(
                [.. compared.SelectMany(r => r.Sample.IsRedFlag ? [r.Pieces.MaxBy(p => current.Probability(p.Features)).Features] : r.Pieces.Select(p => p.Features))],
                [.. compared.SelectMany(r => r.Sample.IsRedFlag ? [true] : r.Pieces.Select(_ => false))],
                Regularisation,
                current);
        }

        var model = new RedFlagModel(piece, 0, string.Empty);
        var dev = devRows.Select(r => (r.Sample, r.Phrase, SemanticScreen.Best(r.Pieces, model).Probability)).ToList();
        var trainScores = trainRows.Select(r => (r.Sample, r.Phrase, SemanticScreen.Best(r.Pieces, model).Probability)).ToList();

        // Recall first: the lowest threshold (the most red flags found) at which the semantic layer on its own flags at most
        // the target of the non-urgent development and training messages. Its own false urgents, not the ones it adds to the
        // phrase rules': with those, every phrase false urgent removed raised the threshold and lost red flags (round 12).
        // Judged leave-one-writer-out on 22 writers (2026-12-02, after the fold of extra13), pooled over the safety writers:
        // recall 93.9 % (4162/4433) -> 96.5 % (4276/4433), false urgent 4.6 % (197/4269) -> 5.5 % (234/4269); the answers
        // sets left out 0.26 % (18/6939) -> 0.37 % (26/6939). Budgets between gave points on the same curve.
        var threshold = Enumerable.Range(1, 99).Select(i => i / 100.0)
            .FirstOrDefault(t => SemanticFalseUrgentRate(dev, t) <= FalseUrgentTarget && SemanticFalseUrgentRate(trainScores, t) <= FalseUrgentTarget, 0.99);
        return (model with { Threshold = threshold }, trainScores, dev);
    }

    private static double FalseUrgentRate(List<(SafetySample Sample, bool Phrase, double Probability)> rows, double threshold)
    {
        var harmless = rows.Where(r => !r.Sample.IsRedFlag).ToList();
        return harmless.Count == 0 ? 0 : (double)harmless.Count(r => r.Phrase || r.Probability >= threshold) / harmless.Count;
    }

    private static double SemanticFalseUrgentRate(List<(SafetySample Sample, bool Phrase, double Probability)> rows, double threshold)
    {
        var harmless = rows.Where(r => !r.Sample.IsRedFlag).ToList();
        return harmless.Count == 0 ? 0 : (double)harmless.Count(r => r.Probability >= threshold) / harmless.Count;
    }

    private static string Figures(List<(SafetySample Sample, bool Phrase, double Probability)> rows, double threshold)
    {
        var red = rows.Where(r => r.Sample.IsRedFlag).ToList();
        var harmless = rows.Where(r => !r.Sample.IsRedFlag).ToList();
        var found = red.Count(r => r.Phrase || r.Probability >= threshold);
        var flagged = harmless.Count(r => r.Phrase || r.Probability >= threshold);
        var alone = red.Count(r => r.Probability >= threshold);
        var aloneFlagged = harmless.Count(r => r.Probability >= threshold);
        return $"recall {found}/{red.Count}, false urgent {flagged}/{harmless.Count} (semantic alone {alone}, {aloneFlagged})";
    }

    private static List<(SafetySample Sample, bool Phrase, IReadOnlyList<(string Category, double[] Features)> Pieces)> Read(IReadOnlyList<SafetySample> rows) =>
        [.. rows.Select(r =>
        {
            var text = AnswerFinder.SearchedPart(r.Message.Trim());
            return (r, PhraseScreen.Category(text) is not null, SemanticScreen.Read(text));
        })];
}
