namespace GutSkin.Knowledge;

/// <summary>How <see cref="KnowledgeFolderWatcher"/> decides when the folder has changed and is ready to reload.</summary>
public sealed record KnowledgeWatchOptions
{
    /// <summary>
    /// How long every file's size and modification time must stay the same before a change goes live, so that a
    /// file an editor is still writing (a save cut short, completed a moment later) never goes live half-written.
    /// </summary>
    public TimeSpan StableFor { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often the folder is checked even when no change was reported (see <see cref="KnowledgeFolderWatcher"/>).</summary>
    public TimeSpan PollEvery { get; init; } = TimeSpan.FromSeconds(2);
}
