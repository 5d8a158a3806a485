namespace GutSkin.Bot.Conversation;

/// <summary>A button on a card: it either opens <see cref="Value"/> as a link or sends it back as the user's message.</summary>
internal sealed record CardButton(string Title, string Value, bool OpensUrl);
