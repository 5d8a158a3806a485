namespace GutSkin.Knowledge.Safety;

/// <summary>How the safety screen did on labelled messages.</summary>
/// <param name="Categories">Recall per red-flag category present in the set, in the README's order.</param>
/// <param name="NonUrgent">Messages that must not be urgent.</param>
/// <param name="FalseUrgent">Of those, the ones flagged urgent.</param>
/// <param name="Misses">Every red flag missed and every false urgent, with what the screen decided.</param>
public sealed record SafetyReport(IReadOnlyList<CategoryRecall> Categories, int NonUrgent, int FalseUrgent, IReadOnlyList<SafetyMiss> Misses)
{
    /// <summary>Red flags in the set.</summary>
    public int RedFlags => Categories.Sum(c => c.Count);

    /// <summary>Red flags flagged urgent.</summary>
    public int Flagged => Categories.Sum(c => c.Flagged);

    /// <summary>The share of red flags flagged urgent.</summary>
    public double Recall => RedFlags == 0 ? 1 : (double)Flagged / RedFlags;

    /// <summary>The share of non-urgent messages flagged urgent.</summary>
    public double FalseUrgentRate => NonUrgent == 0 ? 0 : (double)FalseUrgent / NonUrgent;
}
