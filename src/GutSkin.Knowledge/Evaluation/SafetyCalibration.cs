using GutSkin.Knowledge.Safety;
using GutSkin.Knowledge.Search;

namespace GutSkin.Knowledge.Evaluation;

/// <summary>
/// Fits the semantic safety layer's <see cref="RedFlagModel"/>: the piece model on the training messages, then the threshold
/// on the development messages, for recall first. A red-flag message is one positive piece (the one the model finds most
/// likely, starting from the one closest to a red-flag exemplar), every piece of a harmless message is a negative. The
/// threshold is the lowest at which the development messages stay within half the false-urgent target and the training
/// messages within the target.
/// Held-out files are never read here.
/// </summary>
public static class SafetyCalibration
{
    /// <summary>The target: at most 1 % of non-urgent messages urgent.</summary>
    public const double FalseUrgentTarget = 0.01;

    private const int Rounds = 3;

    /// <summary>The fitted model, and a line per threshold tried with its development figures.</summary>
    public static (RedFlagModel Model, IReadOnlyList<string> Thresholds) Fit(IReadOnlyList<SafetySample> train, IReadOnlyList<SafetySample> development)
    {
        var trainRows = Read(train);
        var piece = LogisticFit.Fit(
            [.. trainRows.SelectMany(r => r.Sample.IsRedFlag ? [r.Pieces.MaxBy(p => p.Features[2]).Features] : r.Pieces.Select(p => p.Features))],
            [.. trainRows.SelectMany(r => r.Sample.IsRedFlag ? [true] : r.Pieces.Select(_ => false))]);
        for (var round = 1; round < Rounds; round++)
        {
            var current = piece;
            piece = LogisticFit.Fit(
                [.. trainRows.SelectMany(r => r.Sample.IsRedFlag ? [r.Pieces.MaxBy(p => current.Probability(p.Features)).Features] : r.Pieces.Select(p => p.Features))],
                [.. trainRows.SelectMany(r => r.Sample.IsRedFlag ? [true] : r.Pieces.Select(_ => false))]);
        }

        var model = new RedFlagModel(piece, 0, string.Empty);
        var devRows = Read(development);
        var dev = devRows.Select(r => (r.Sample, r.Phrase, SemanticScreen.Best(r.Pieces, model).Probability)).ToList();
        var trainScores = trainRows.Select(r => (r.Sample, r.Phrase, SemanticScreen.Best(r.Pieces, model).Probability)).ToList();

        // Recall first: the lowest threshold (the most red flags found) at which the development messages' false-urgent rate,
        // both layers together, stays within half the target, and the training messages' within the target, leaving room for
        // messages the model has never seen.
        var threshold = Enumerable.Range(1, 99).Select(i => i / 100.0)
            .FirstOrDefault(t => FalseUrgentRate(dev, t) <= FalseUrgentTarget / 2 && FalseUrgentRate(trainScores, t) <= FalseUrgentTarget, 0.99);
        var lines = new List<string>();
        foreach (var t in new[] { threshold }.Concat(Enumerable.Range(1, 19).Select(i => i * 0.05)).Distinct().Order())
        {
            lines.Add($"threshold {t:0.000}: train {Figures(trainScores, t)}; dev {Figures(dev, t)}");
        }

        var note = $"Fitted by `calibrate --safety` on {DateTime.UtcNow:yyyy-MM-dd} from {train.Count} training messages " +
            $"({train.Count(s => s.IsRedFlag)} red flags); threshold chosen on {development.Count} development messages for recall first, at most half the false-urgent target there and the target on train: " +
            $"dev {Figures(dev, threshold)}, train {Figures(trainScores, threshold)}.";
        return (model with { Threshold = threshold, Note = note }, lines);
    }

    private static double FalseUrgentRate(List<(SafetySample Sample, bool Phrase, double Probability)> rows, double threshold)
    {
        var harmless = rows.Where(r => !r.Sample.IsRedFlag).ToList();
        return harmless.Count == 0 ? 0 : (double)harmless.Count(r => r.Phrase || r.Probability >= threshold) / harmless.Count;
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
