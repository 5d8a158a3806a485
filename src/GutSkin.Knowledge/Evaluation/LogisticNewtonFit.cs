using System.Numerics;
using GutSkin.Knowledge.Search;
using GutSkin.Knowledge.Semantic;

namespace GutSkin.Knowledge.Evaluation;

/// <summary>
/// Fits an L2-regularised <see cref="LogisticModel"/> by Newton's method: a few exact steps instead of thousands of
/// gradient steps, which is what makes a model over a sentence embedding (hundreds of features, tens of thousands of
/// rows) quick enough to refit once per left-out writer. Deterministic; the bias is not regularised.
/// </summary>
internal static class LogisticNewtonFit
{
    private const int MaxIterations = 50;
    private const double Tolerance = 1e-6;

    /// <summary>
    /// The model that minimises the mean log loss of <paramref name="rows"/> plus <paramref name="regularisation"/> / 2 times
    /// the squared weights, starting from <paramref name="start"/> when given (the optimum is the same, it is only quicker).
    /// </summary>
    public static LogisticModel Fit(IReadOnlyList<double[]> rows, IReadOnlyList<bool> positive, double regularisation, LogisticModel? start = null)
    {
        var features = rows.Count == 0 ? 0 : rows[0].Length;
        var size = features + 1;
        var weights = new double[size];
        if (start is not null)
        {
            start.Weights.CopyTo(weights, 0);
            weights[features] = start.Bias;
        }

        // Each row with a constant 1 appended, so the bias is one more weight.
        var augmented = rows.Select(row =>
        {
            var a = new double[size];
            row.CopyTo(a, 0);
            a[features] = 1;
            return a;
        }).ToArray();

        for (var iteration = 0; iteration < MaxIterations && rows.Count > 0; iteration++)
        {
            var gradient = new double[size];
            var hessian = new double[size][];
            for (var i = 0; i < size; i++)
            {
                hessian[i] = new double[size];
            }

            for (var r = 0; r < augmented.Length; r++)
            {
                var a = augmented[r];
                var p = 1 / (1 + Math.Exp(-Vectors.Dot<double>(weights, a)));
                AddScaled(gradient, a, p - (positive[r] ? 1 : 0));
                var curvature = p * (1 - p);
                for (var i = 0; i < size; i++)
                {
                    // The upper triangle only; the solver reads it as symmetric.
                    if (a[i] != 0)
                    {
                        AddScaled(hessian[i].AsSpan(i), a.AsSpan(i), curvature * a[i]);
                    }
                }
            }

            for (var i = 0; i < size; i++)
            {
                var penalty = i < features ? regularisation : 0;
                gradient[i] = (gradient[i] / rows.Count) + (penalty * weights[i]);
                for (var j = i; j < size; j++)
                {
                    hessian[i][j] /= rows.Count;
                }

                hessian[i][i] += penalty;
            }

            var step = SolveSymmetric(hessian, gradient);
            var largest = 0.0;
            for (var i = 0; i < size; i++)
            {
                weights[i] -= step[i];
                largest = Math.Max(largest, Math.Abs(step[i]));
            }

            if (largest < Tolerance)
            {
                break;
            }
        }

        return new LogisticModel([.. weights.Take(features).Select(w => Math.Round(w, 4))], Math.Round(weights[features], 4));
    }

    private static void AddScaled(Span<double> target, ReadOnlySpan<double> source, double scale)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var factor = new Vector<double>(scale);
            for (; i <= target.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                (new Vector<double>(target[i..]) + (factor * new Vector<double>(source[i..]))).CopyTo(target[i..]);
            }
        }

        for (; i < target.Length; i++)
        {
            target[i] += scale * source[i];
        }
    }

    // Cholesky decomposition of the symmetric positive definite matrix whose upper triangle is given, then the two
    // triangular solves.
    private static double[] SolveSymmetric(double[][] upper, double[] right)
    {
        var size = right.Length;
        var lower = new double[size][];
        for (var i = 0; i < size; i++)
        {
            lower[i] = new double[i + 1];
            for (var j = 0; j <= i; j++)
            {
                var sum = upper[j][i];
                for (var k = 0; k < j; k++)
                {
                    sum -= lower[i][k] * lower[j][k];
                }

                lower[i][j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-12)) : sum / lower[j][j];
            }
        }

        var y = new double[size];
        for (var i = 0; i < size; i++)
        {
            var sum = right[i];
            for (var k = 0; k < i; k++)
            {
                sum -= lower[i][k] * y[k];
            }

            y[i] = sum / lower[i][i];
        }

        var x = new double[size];
        for (var i = size - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var k = i + 1; k < size; k++)
            {
                sum -= lower[k][i] * x[k];
            }

            x[i] = sum / lower[i][i];
        }

        return x;
    }
}
