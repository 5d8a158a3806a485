namespace GutSkin.Knowledge;

/// <summary>What happened to the watched knowledge folder itself.</summary>
public enum KnowledgeFolderPresence
{
    /// <summary>The folder is gone; the last good version stays live.</summary>
    Missing,

    /// <summary>The folder is back after having gone missing; its content reloads once it is stable.</summary>
    Restored,
}
