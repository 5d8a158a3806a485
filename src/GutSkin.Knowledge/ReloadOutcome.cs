using GutSkin.Knowledge.Content;

namespace GutSkin.Knowledge;

/// <summary>What a reload did.</summary>
/// <param name="Swapped">True when the new version went live; false when the previous one stayed live.</param>
/// <param name="Problems">What is wrong in the folder now (empty when it is clean).</param>
public sealed record ReloadOutcome(bool Swapped, IReadOnlyList<KnowledgeProblem> Problems)
{
    /// <summary>What looks wrong in the version that went live without stopping it (see <see cref="KnowledgeContent.Warnings"/>).</summary>
    public IReadOnlyList<KnowledgeProblem> Warnings { get; init; } = [];
}
