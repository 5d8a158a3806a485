using GutSkin.Knowledge.Content;

namespace GutSkin.Knowledge;

/// <summary>Finds the repository's <c>knowledge/</c> folder, so that every command works from any folder of a checkout.</summary>
public static class KnowledgeFolder
{
    /// <summary>The folder's name.</summary>
    public const string Name = "knowledge";

    /// <summary>
    /// Walks up from <paramref name="startDirectory"/> to the first folder that has a <c>knowledge/</c>
    /// with a synonyms or offers file in it; falls back to <c>knowledge/</c> under the start folder.
    /// </summary>
    public static string Locate(string startDirectory)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(startDirectory)); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, Name);
            if (File.Exists(Path.Combine(candidate, KnowledgeLoader.SynonymsFile)) || File.Exists(Path.Combine(candidate, KnowledgeLoader.OffersFile)))
            {
                return candidate;
            }
        }

        return Path.Combine(Path.GetFullPath(startDirectory), Name);
    }

    /// <summary>
    /// The default knowledge folder of a process: found from the working folder (<c>dotnet run</c> in a checkout), else
    /// from the program's own folder (a build output, or the container image).
    /// </summary>
    public static string Default()
    {
        var fromWorkingDirectory = Locate(Directory.GetCurrentDirectory());
        return Directory.Exists(fromWorkingDirectory) ? fromWorkingDirectory : Locate(AppContext.BaseDirectory);
    }
}
