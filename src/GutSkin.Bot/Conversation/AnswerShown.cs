namespace GutSkin.Bot.Conversation;

/// <summary>The last answer shown, so that "Tell me more" and the thumbs know what they are about.</summary>
internal sealed class AnswerShown
{
    public string Question { get; set; } = string.Empty;

    public string SectionId { get; set; } = string.Empty;

    public bool FeedbackGiven { get; set; }
}
