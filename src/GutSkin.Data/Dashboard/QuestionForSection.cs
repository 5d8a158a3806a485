namespace GutSkin.Data;

/// <summary>A redacted question tied to a section, with how often it was seen: a thumbs-down on an answer from the section,
/// or a "did you mean" choice of the section.</summary>
/// <param name="Question">The question in normalised form (see <see cref="UnansweredSummary.Question"/>).</param>
/// <param name="SectionId">The section.</param>
/// <param name="Count">How often.</param>
/// <param name="LastAt">When last.</param>
public sealed record QuestionForSection(string Question, string SectionId, int Count, DateTimeOffset LastAt);
