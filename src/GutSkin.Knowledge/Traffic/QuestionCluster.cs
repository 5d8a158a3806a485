namespace GutSkin.Knowledge.Traffic;

/// <summary>Questions that mean nearly the same thing.</summary>
/// <param name="Example">The most asked question of the group, shown for all of them.</param>
/// <param name="Count">How often any question of the group was asked.</param>
/// <param name="Questions">Every distinct question in the group, most asked first.</param>
public sealed record QuestionCluster(string Example, int Count, IReadOnlyList<string> Questions);
