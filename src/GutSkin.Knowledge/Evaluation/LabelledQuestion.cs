namespace GutSkin.Knowledge.Evaluation;

/// <summary>One row of an evaluation file: a question and what the right outcome is.</summary>
/// <param name="Question">The question as a visitor would type it.</param>
/// <param name="Label">A section id (several joined with <c>|</c> when each answers it), or <c>offer</c>, <c>none</c>,
/// <c>clinician</c> or <c>urgent</c>.</param>
/// <param name="Line">The row's line in the file.</param>
public sealed record LabelledQuestion(string Question, string Label, int Line)
{
    /// <summary>The label of a question that asks for the guide or the trial.</summary>
    public const string Offer = "offer";

    /// <summary>The label of a question the knowledge does not answer.</summary>
    public const string None = "none";

    /// <summary>The label of a red-flag message.</summary>
    public const string Urgent = "urgent";

    /// <summary>The label of a question only a clinician should answer.</summary>
    public const string Clinician = "clinician";

    /// <summary><c>long</c> for a long, first-person message; <c>short</c> otherwise; empty when not given.</summary>
    public string Style { get; init; } = string.Empty;

    /// <summary>Words quoted from the passage that answers it, when one passage clearly does; empty otherwise.</summary>
    public string Passage { get; init; } = string.Empty;

    /// <summary>Which writing of the labelled data the row comes from (<c>first-train-dev</c>, <c>first-test</c>...); empty when not given.</summary>
    public string Origin { get; init; } = string.Empty;

    /// <summary>Every acceptable outcome.</summary>
    public IReadOnlyList<string> Labels => Label.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>True when the knowledge should answer it from a section or an offer.</summary>
    public bool IsAnswerable => Label is not (None or Urgent or Clinician);

    /// <summary>True when <paramref name="outcome"/> is one of the acceptable outcomes.</summary>
    public bool Accepts(string outcome) => Labels.Contains(outcome, StringComparer.Ordinal);
}
