namespace GutSkin.Data;

/// <summary>A question the bot could not answer.</summary>
/// <param name="UserId">The channel user id.</param>
/// <param name="Question">The question, already redacted by the caller.</param>
/// <param name="At">When it was asked.</param>
public sealed record UnansweredQuestion(string UserId, string Question, DateTimeOffset At);
