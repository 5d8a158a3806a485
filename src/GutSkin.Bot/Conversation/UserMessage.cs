namespace GutSkin.Bot.Conversation;

/// <summary>What the user sent, reduced to what the flows need.</summary>
/// <param name="Text">The message text (may be empty).</param>
/// <param name="UserId">The channel's id for the user, used to store and delete their data.</param>
/// <param name="Channel">The channel id (webchat, msteams, ...).</param>
/// <param name="HasAttachments">True when the user sent files or images.</param>
/// <param name="InGroup">True in a Teams channel or group chat, where others can read what the user types.</param>
/// <param name="Locale">The channel's locale for the user (en-US, en-GB...), which picks the emergency numbers; null when not sent.</param>
/// <param name="Form">The trial signup form the user submitted from its card, or null.</param>
/// <param name="UnreadableForm">True when the user submitted a card whose values could not be read.</param>
internal sealed record UserMessage(string Text, string UserId, string Channel, bool HasAttachments = false, bool InGroup = false, string? Locale = null, SignupForm? Form = null, bool UnreadableForm = false);
