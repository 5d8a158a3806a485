namespace GutSkin.Knowledge.Safety;

/// <summary>What the safety screen decided about one message.</summary>
/// <param name="Verdict">Clear, urgent or a clinician referral.</param>
/// <param name="Category">For an urgent message, the red-flag category (see <see cref="RedFlagCategory"/>); otherwise null.</param>
/// <param name="Layer">For an urgent message, which layer decided it: the phrase rules or the semantic comparison.</param>
public sealed record SafetyAssessment(SafetyVerdict Verdict, string? Category = null, SafetyLayer? Layer = null)
{
    /// <summary>Nothing stands in the way of answering.</summary>
    public static SafetyAssessment Clear { get; } = new(SafetyVerdict.Clear);

    /// <summary>A question only a clinician may answer.</summary>
    public static SafetyAssessment ClinicianReferral { get; } = new(SafetyVerdict.ClinicianReferral);

    /// <summary>True for a red flag.</summary>
    public bool IsUrgent => Verdict == SafetyVerdict.Urgent;

    /// <summary>A red flag of <paramref name="category"/>, found by <paramref name="layer"/>.</summary>
    public static SafetyAssessment Urgent(string category, SafetyLayer layer) => new(SafetyVerdict.Urgent, category, layer);
}
