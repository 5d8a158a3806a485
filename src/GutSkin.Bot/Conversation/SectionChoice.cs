namespace GutSkin.Bot.Conversation;

/// <summary>One option of a pending "Did you mean" choice.</summary>
internal sealed class SectionChoice
{
    public string SectionId { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;
}
