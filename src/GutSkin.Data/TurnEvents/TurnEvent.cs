namespace GutSkin.Data;

/// <summary>
/// One turn of a conversation, reduced to what the staff dashboard counts. No text and no user id: nothing in it is
/// personal data, so it can be kept longer than leads and shown to anyone with the admin key.
/// </summary>
/// <param name="At">When the turn happened.</param>
/// <param name="Kind">What kind of result the turn was (the understanding stage's answer kind, e.g. "Answer", "NoAnswer", "Urgent").</param>
/// <param name="SectionId">The knowledge section that answered, if any.</param>
/// <param name="Confidence">The answer's confidence from 0 to 1, if a search ran.</param>
/// <param name="Channel">The channel id (webchat, msteams, ...).</param>
/// <param name="Locale">The visitor's locale as the channel reported it (e.g. "en-GB"), if any.</param>
public sealed record TurnEvent(DateTimeOffset At, string Kind, string? SectionId, double? Confidence, string Channel, string? Locale);
