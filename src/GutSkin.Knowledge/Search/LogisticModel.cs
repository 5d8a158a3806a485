namespace GutSkin.Knowledge.Search;

/// <summary>A logistic regression: the probability that a feature vector belongs to the positive class.</summary>
/// <param name="Weights">One weight per feature.</param>
/// <param name="Bias">The intercept.</param>
public sealed record LogisticModel(double[] Weights, double Bias)
{
    /// <summary>The probability for <paramref name="features"/>, in (0, 1).</summary>
    public double Probability(ReadOnlySpan<double> features)
    {
        var z = Bias;
        for (var i = 0; i < Weights.Length; i++)
        {
            z += Weights[i] * features[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }
}
