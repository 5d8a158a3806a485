namespace GutSkin.Knowledge.Traffic;

/// <summary>A question visitors tied to a section, already redacted, and how often: a "did you mean" choice of the
/// section, or a thumbs-down on an answer from it.</summary>
/// <param name="Text">The question.</param>
/// <param name="SectionId">The section.</param>
/// <param name="Count">How often.</param>
public sealed record SectionQuestion(string Text, string SectionId, int Count);
