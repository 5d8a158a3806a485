namespace GutSkin.Bot.Conversation;

/// <summary>A card with a title, some text and buttons (a hero card on most channels).</summary>
internal sealed record ReplyCard(string Title, string Text, IReadOnlyList<CardButton> Buttons);
