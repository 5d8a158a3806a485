namespace GutSkin.Knowledge.Evaluation;

/// <summary>How a model fitted without one origin's rows does on that origin's rows (see <see cref="Calibration.ByOrigin"/>).</summary>
/// <param name="Origin">The left-out origin.</param>
/// <param name="Answerable">Its answerable rows.</param>
/// <param name="AnsweredCorrectly">Those answered from a right section.</param>
/// <param name="Unanswerable">Its unanswerable rows.</param>
/// <param name="DeclinedCorrectly">Those declined.</param>
public sealed record OriginFigures(string Origin, int Answerable, int AnsweredCorrectly, int Unanswerable, int DeclinedCorrectly)
{
    /// <summary>The share of answerable rows answered from a right section.</summary>
    public double TopOneAccuracy => Answerable == 0 ? 0 : (double)AnsweredCorrectly / Answerable;

    /// <summary>The share of unanswerable rows declined.</summary>
    public double NoAnswerRecall => Unanswerable == 0 ? 0 : (double)DeclinedCorrectly / Unanswerable;
}
