namespace GutSkin.LoadTest;

/// <summary>One request of a scripted conversation and the text that must appear in one of the bot's replies.</summary>
/// <param name="Text">The message text; <see langword="null"/> sends a conversationUpdate (membersAdded) instead.</param>
/// <param name="Expected">A fragment one reply must contain (ordinal, case-insensitive).</param>
/// <param name="CompletesSignup">Whether a correct reply means a lead was saved.</param>
internal sealed record Turn(string? Text, string Expected, bool CompletesSignup = false);
