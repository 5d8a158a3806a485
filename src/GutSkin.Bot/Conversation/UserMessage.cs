using GutSkin.Bot.Security;
using GutSkin.Knowledge;

namespace GutSkin.Bot.Conversation;

/// <summary>What the user sent, reduced to what the flows need. The one place where typed text is cleaned and trimmed,
/// and where the length rule lives: every step reads <see cref="Text"/> as it is here.</summary>
/// <param name="Text">The message text as received (may be empty); kept without control characters and surrounding space.</param>
/// <param name="UserId">The channel's id for the user, used to store and delete their data.</param>
/// <param name="Channel">The channel id (webchat, msteams, ...).</param>
/// <param name="HasAttachments">True when the user sent files or images.</param>
/// <param name="InGroup">True in a Teams channel or group chat, where others can read what the user types.</param>
/// <param name="Locale">The channel's locale for the user (en-US, en-GB...), which picks the emergency numbers; null when not sent.</param>
/// <param name="Form">The trial signup form the user submitted from its card, or null.</param>
/// <param name="UnreadableForm">True when the user submitted a card whose values could not be read.</param>
internal sealed record UserMessage(string Text, string UserId, string Channel, bool HasAttachments = false, bool InGroup = false, string? Locale = null, SignupForm? Form = null, bool UnreadableForm = false)
{
    /// <summary>The text without control characters (see <see cref="InputText"/>) and surrounding white space.</summary>
    public string Text { get; init; } = InputText.Clean(Text).Trim();

    /// <summary>True when the text is longer than <see cref="MessageLength.Max"/>: nobody asks a question in an essay,
    /// and it keeps the screen and search cheap.</summary>
    public bool TooLong => Text.Length > MessageLength.Max;
}
