namespace GutSkin.Knowledge.Evaluation;

/// <summary>How well the knowledge answered a labelled set of questions.</summary>
/// <param name="Answerable">Rows labelled with a section id or <c>offer</c>.</param>
/// <param name="AnsweredCorrectly">Of those, the ones whose top answer was right.</param>
/// <param name="Unanswerable">Rows labelled <c>none</c>.</param>
/// <param name="DeclinedCorrectly">Of those, the ones declined.</param>
/// <param name="Declined">All non-urgent rows that were declined, whatever their label.</param>
/// <param name="Urgent">Rows labelled <c>urgent</c>.</param>
/// <param name="UrgentFlagged">Of those, the ones flagged urgent.</param>
/// <param name="Misses">Every row whose outcome was wrong, with what happened.</param>
public sealed record EvaluationReport(
    int Answerable,
    int AnsweredCorrectly,
    int Unanswerable,
    int DeclinedCorrectly,
    int Declined,
    int Urgent,
    int UrgentFlagged,
    IReadOnlyList<EvaluationMiss> Misses)
{
    /// <summary>Rows labelled <c>clinician</c>, and of those the ones referred to a clinician.</summary>
    public (int Rows, int Referred) Clinician { get; init; }

    /// <summary>Rows not labelled urgent, and of those the ones flagged urgent all the same.</summary>
    public (int Rows, int Flagged) NotUrgent { get; init; }

    /// <summary>Answerable rows that name their passage, and of those the ones answered with that passage.</summary>
    public (int Rows, int Right) Passages { get; init; }

    /// <summary>Top-1 accuracy on answerable rows.</summary>
    public double TopOneAccuracy => Ratio(AnsweredCorrectly, Answerable);

    /// <summary>Of all declined questions, the share that should have been declined.</summary>
    public double NoAnswerPrecision => Ratio(DeclinedCorrectly, Declined);

    /// <summary>Of all unanswerable questions, the share that was declined.</summary>
    public double NoAnswerRecall => Ratio(DeclinedCorrectly, Unanswerable);

    /// <summary>Of all red-flag messages, the share flagged urgent.</summary>
    public double UrgentRecall => Ratio(UrgentFlagged, Urgent);

    /// <summary>Of all messages that are not red flags, the share flagged urgent.</summary>
    public double FalseUrgentRate => NotUrgent.Rows == 0 ? 0 : (double)NotUrgent.Flagged / NotUrgent.Rows;

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
