namespace GutSkin.Data;

/// <summary>A visitor's verdict on an answer.</summary>
/// <param name="UserId">The channel user id.</param>
/// <param name="Question">The question that was answered.</param>
/// <param name="SectionId">The knowledge section the answer came from.</param>
/// <param name="Helpful">Whether the visitor found the answer helpful.</param>
/// <param name="At">When the feedback was given.</param>
public sealed record Feedback(string UserId, string Question, string SectionId, bool Helpful, DateTimeOffset At);
