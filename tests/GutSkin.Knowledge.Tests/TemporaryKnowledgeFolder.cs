namespace GutSkin.Knowledge.Tests;

/// <summary>A copy of the repository's knowledge folder in a temp folder, for tests that edit it.</summary>
internal sealed class TemporaryKnowledgeFolder : IDisposable
{
    public TemporaryKnowledgeFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gutskin-knowledge-" + Guid.NewGuid().ToString("N"));
        Copy(Repository.KnowledgeDirectory, Path);
    }

    public string Path { get; }

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public void Write(string relative, string text)
    {
        var path = File(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the temp folder is cleaned by the OS.
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            System.IO.File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            Copy(directory, System.IO.Path.Combine(to, System.IO.Path.GetFileName(directory)));
        }
    }
}
