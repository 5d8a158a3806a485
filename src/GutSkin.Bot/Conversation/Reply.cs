namespace GutSkin.Bot.Conversation;

/// <summary>One message from the bot, free of any channel's types: the bot class turns it into an activity.</summary>
/// <param name="Text">Markdown text; may be empty when the message is only cards.</param>
/// <param name="SuggestedActions">Quick replies; each one sends its own text back when chosen.</param>
/// <param name="Cards">Cards shown with the message.</param>
/// <param name="Form">The trial signup form, shown with the message on channels that render Adaptive Cards.</param>
internal sealed record Reply(string Text, IReadOnlyList<string>? SuggestedActions = null, IReadOnlyList<ReplyCard>? Cards = null, SignupFormView? Form = null);
