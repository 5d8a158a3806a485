namespace GutSkin.Data;

/// <summary>A "did you mean" choice a visitor clicked: the question they asked and the section they chose instead of the
/// one the bot answered from.</summary>
/// <param name="UserId">The channel user id, so that "delete my data" finds it.</param>
/// <param name="Question">The question, already redacted by the caller.</param>
/// <param name="SectionId">The section the visitor chose.</param>
/// <param name="At">When the choice was made.</param>
public sealed record ChosenAlternative(string UserId, string Question, string SectionId, DateTimeOffset At);
