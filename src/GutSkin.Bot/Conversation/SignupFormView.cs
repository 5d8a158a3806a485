namespace GutSkin.Bot.Conversation;

/// <summary>The trial signup form to show: its title, the visitor's values kept, an error under each bad field, and a
/// "did you mean…?" choice for a mistyped email domain. The bot class turns it into an Adaptive Card.</summary>
/// <param name="Title">The trial's title.</param>
/// <param name="Values">What to fill the fields with.</param>
/// <param name="Errors">What is wrong, by field; empty on a fresh form.</param>
/// <param name="ConsentWording">The marketing question, word for word as the text steps ask it.</param>
/// <param name="EmailSuggestion">The corrected address to offer, or null.</param>
internal sealed record SignupFormView(
    string Title,
    SignupForm Values,
    IReadOnlyDictionary<SignupFormField, string> Errors,
    string ConsentWording,
    string? EmailSuggestion = null);
