namespace GutSkin.Knowledge.Traffic;

/// <summary>A proposed edit to the knowledge: one more line under <c>questions:</c> in one section's front matter.</summary>
/// <param name="Id">Stable while the section and the question are the same: <c>suggest --apply ID</c> names it.</param>
/// <param name="File">The section's file, relative to the knowledge folder.</param>
/// <param name="SectionId">The section.</param>
/// <param name="SectionTitle">The section's title.</param>
/// <param name="Question">The line to add, as visitors asked it (redacted), with a capital and a question mark.</param>
/// <param name="Count">How many visitor actions support it.</param>
/// <param name="Reasons">Why, one sentence per kind of evidence.</param>
/// <param name="Examples">Up to three of the visitors' wordings (redacted).</param>
public sealed record KnowledgeSuggestion(
    string Id, string File, string SectionId, string SectionTitle, string Question, int Count, IReadOnlyList<string> Reasons, IReadOnlyList<string> Examples);
