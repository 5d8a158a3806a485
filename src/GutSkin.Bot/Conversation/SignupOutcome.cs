namespace GutSkin.Bot.Conversation;

/// <summary>The result of one signup step.</summary>
/// <param name="Replies">What to say.</param>
/// <param name="Completed">True when the user confirmed the summary: the state holds a complete signup to store.</param>
/// <param name="Ended">True when the flow is over (completed, cancelled, or given up); the state is then discarded.</param>
internal sealed record SignupOutcome(IReadOnlyList<Reply> Replies, bool Completed = false, bool Ended = false);
