namespace GutSkin.Knowledge.Evaluation;

/// <summary>A labelled question the knowledge got wrong.</summary>
/// <param name="Question">The row.</param>
/// <param name="Outcome">What happened instead: a section id, <c>offer</c>, <c>none</c> or <c>urgent</c>.</param>
/// <param name="Confidence">The answer's confidence.</param>
public sealed record EvaluationMiss(LabelledQuestion Question, string Outcome, double Confidence)
{
    /// <summary>When the outcome is urgent, the red-flag category that decided it.</summary>
    public string? UrgentCategory { get; init; }

    /// <summary>The question as understood when a follow-up was resolved into another text ("what causes psoriasis"), else null.</summary>
    public string? Resolved { get; init; }
}
