using GutSkin.Knowledge.Search;

namespace GutSkin.Knowledge.Evaluation;

/// <summary>Fits a <see cref="LogisticModel"/> by full-batch gradient descent with a little L2 regularisation: deterministic, and
/// quick enough for the few thousand rows the labelled questions give.</summary>
internal static class LogisticFit
{
    private const int Iterations = 4000;
    private const double LearningRate = 0.5;
    private const double Regularisation = 1e-3;

    /// <summary>The model that best separates <paramref name="positive"/> rows from the others.</summary>
    public static LogisticModel Fit(IReadOnlyList<double[]> rows, IReadOnlyList<bool> positive)
    {
        var features = rows.Count == 0 ? 0 : rows[0].Length;
        var weights = new double[features];
        var bias = 0.0;
        var gradient = new double[features];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            Array.Clear(gradient);
            var biasGradient = 0.0;
            for (var r = 0; r < rows.Count; r++)
            {
                var error = new LogisticModel(weights, bias).Probability(rows[r]) - (positive[r] ? 1 : 0);
                for (var f = 0; f < features; f++)
                {
                    gradient[f] += error * rows[r][f];
                }

                biasGradient += error;
            }

            for (var f = 0; f < features; f++)
            {
                weights[f] -= LearningRate * ((gradient[f] / rows.Count) + (Regularisation * weights[f]));
            }

            bias -= LearningRate * biasGradient / rows.Count;
        }

        return new LogisticModel([.. weights.Select(w => Math.Round(w, 4))], Math.Round(bias, 4));
    }
}
