using GutSkin.Knowledge.Evaluation;
using GutSkin.Knowledge.Safety;

namespace GutSkin.Knowledge.Tests.Evaluation;

/// <summary>The safety model's fit as measured while tuning: each writer's rows scored by a model fitted without them.</summary>
public sealed class SafetyCalibrationTests
{
    [Fact]
    public void Parse_TheWriterColumn_IsKeptAndIsEmptyWithoutIt()
    {
        var (withWriter, _) = SafetyEvaluation.Parse("message\tlabel\tsource\twriter\nmy lips are going blue\tbreathing\twritten\tfirst\n");
        var (without, _) = SafetyEvaluation.Parse("message\tlabel\tsource\nmy lips are going blue\tbreathing\twritten\n");

        Assert.Equal("first", Assert.Single(withWriter).Writer);
        Assert.Equal(string.Empty, Assert.Single(without).Writer);
    }

    [Fact]
    public void LeaveOneWriterOut_ScoresEachWriterWithAModelFittedWithoutIt()
    {
        List<SafetySample> Rows(string writer, params (string Message, string Label)[] rows) =>
            [.. rows.Select((r, i) => new SafetySample(r.Message, r.Label, i + 2, writer))];

        var train = Rows("alpha", ("I can't get my breath and my lips are turning blue", RedFlagCategory.Breathing), ("does kefir help eczema", SafetySample.None), ("what is the gut skin axis", SafetySample.None))
            .Concat(Rows("beta", ("my face has dropped on one side and my speech is slurred", RedFlagCategory.Stroke), ("is oat milk good for psoriasis", SafetySample.None), ("how long does the trial last", SafetySample.None)))
            .Concat(Rows(string.Empty, ("can probiotics help acne", SafetySample.None)))
            .ToList();
        var development = Rows("alpha", ("crushing pain in my chest going down my arm", RedFlagCategory.ChestHeart), ("does sugar make spots worse", SafetySample.None))
            .Concat(Rows("beta", ("my baby is floppy and won't feed", RedFlagCategory.UnwellChild), ("which foods have zinc", SafetySample.None)))
            .ToList();

        var lines = SafetyCalibration.LeaveOneWriterOut(train, development);

        Assert.Equal(4, lines.Count);
        Assert.StartsWith("left out alpha ", lines[0], StringComparison.Ordinal);
        Assert.Contains("recall 2/2", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("left out answers ", lines[1], StringComparison.Ordinal);
        Assert.Contains("recall -", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("left out beta ", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("leave-one-writer-out mean: ", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void NewtonFit_IsTheRegularisedOptimum()
    {
        // Two overlapping classes in three features: the fitted weights must zero the gradient of the mean log loss plus
        // the L2 penalty (the bias unpenalised), up to the four decimals the weights are rounded to.
        var random = new Random(7);
        var rows = new List<double[]>();
        var positive = new List<bool>();
        for (var i = 0; i < 400; i++)
        {
            var label = i % 3 == 0;
            rows.Add([random.NextDouble() + (label ? 0.6 : 0), random.NextDouble() - (label ? 0.3 : 0), random.NextDouble()]);
            positive.Add(label);
        }

        const double regularisation = 0.01;
        var model = LogisticNewtonFit.Fit(rows, positive, regularisation);

        var gradient = new double[4];
        for (var r = 0; r < rows.Count; r++)
        {
            var error = model.Probability(rows[r]) - (positive[r] ? 1 : 0);
            for (var f = 0; f < 3; f++)
            {
                gradient[f] += error * rows[r][f] / rows.Count;
            }

            gradient[3] += error / rows.Count;
        }

        for (var f = 0; f < 3; f++)
        {
            gradient[f] += regularisation * model.Weights[f];
        }

        Assert.All(gradient, g => Assert.True(Math.Abs(g) < 1e-3, $"gradient {g}"));
        Assert.True(model.Weights[0] > 1 && model.Weights[1] < -0.5, $"weights {string.Join(", ", model.Weights)}");
    }
}
