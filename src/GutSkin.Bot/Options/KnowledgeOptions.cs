namespace GutSkin.Bot.Options;

/// <summary>Where the knowledge folder is (section "Knowledge", environment <c>Knowledge__Directory</c>).</summary>
internal sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>The knowledge folder. Empty means: find the repository's <c>knowledge/</c> from where the bot starts.</summary>
    public string Directory { get; set; } = string.Empty;
}
