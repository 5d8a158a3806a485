namespace GutSkin.Knowledge.Evaluation;

/// <summary>One row of an evaluation file: a question and what the right outcome is.</summary>
/// <param name="Question">The question as a visitor would type it.</param>
/// <param name="Label">A section id, or <c>offer</c>, <c>none</c> or <c>urgent</c>.</param>
/// <param name="Line">The row's line in the file.</param>
public sealed record LabelledQuestion(string Question, string Label, int Line)
{
    /// <summary>The label of a question that asks for the guide or the trial.</summary>
    public const string Offer = "offer";

    /// <summary>The label of a question the knowledge does not answer.</summary>
    public const string None = "none";

    /// <summary>The label of a red-flag message.</summary>
    public const string Urgent = "urgent";

    /// <summary>True when the knowledge should answer it (a section or an offer).</summary>
    public bool IsAnswerable => Label is not (None or Urgent);
}
