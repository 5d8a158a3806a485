namespace GutSkin.Data;

/// <summary>How often one unanswered question was asked.</summary>
/// <param name="Question">The question in normalised form (lower-case, single spaces, no trailing punctuation).</param>
/// <param name="Count">How often it was asked.</param>
/// <param name="LastAsked">When it was last asked.</param>
public sealed record UnansweredSummary(string Question, int Count, DateTimeOffset LastAsked);
