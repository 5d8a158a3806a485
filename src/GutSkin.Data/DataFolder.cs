namespace GutSkin.Data;

/// <summary>
/// Finds the default data folder: <c>data/</c> beside the <c>knowledge/</c> folder of the checkout (or of the
/// container image), so that the bot and the CLI open the same database from any folder they are started in.
/// </summary>
public static class DataFolder
{
    /// <summary>The folder's name.</summary>
    public const string Name = "data";

    // The knowledge folder marks the root, as it does for the knowledge locator: a checkout, or /app in the image.
    private const string KnowledgeFolderName = "knowledge";

    /// <summary>
    /// Walks up from <paramref name="startDirectory"/> to the first folder that holds a <c>knowledge/</c> folder and
    /// returns its <c>data/</c>; null when no folder above the start holds one.
    /// </summary>
    /// <param name="startDirectory">Where to start looking.</param>
    /// <returns>The full path of the data folder, or null.</returns>
    public static string? Locate(string startDirectory)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(startDirectory)); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, KnowledgeFolderName)))
            {
                return Path.Combine(folder.FullName, Name);
            }
        }

        return null;
    }

    /// <summary>
    /// The default data folder of a process: found from the working folder (<c>dotnet run</c> in a checkout), else from
    /// the program's own folder (a build output or the image), else <c>data/</c> under the working folder.
    /// </summary>
    /// <returns>A full path.</returns>
    public static string Default() =>
        Locate(Directory.GetCurrentDirectory())
        ?? Locate(AppContext.BaseDirectory)
        ?? Path.Combine(Directory.GetCurrentDirectory(), Name);
}
