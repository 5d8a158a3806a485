namespace GutSkin.Knowledge;

/// <summary>
/// Every file in a folder with its size and modification time: two equal stamps taken some time apart mean nothing
/// was written in between. Cheap (no file is opened), so it can be taken every few seconds.
/// </summary>
internal sealed class FolderStamp : IEquatable<FolderStamp>
{
    private readonly FileStamp[] files;
    private readonly bool readable;

    private FolderStamp(FileStamp[] files, bool readable)
    {
        this.files = files;
        this.readable = readable;
    }

    /// <summary>Stamps <paramref name="directory"/>, or returns null when it does not exist.</summary>
    public static FolderStamp? Take(string directory)
    {
        var folder = new DirectoryInfo(directory);
        if (!folder.Exists)
        {
            return null;
        }

        try
        {
            var files = folder.EnumerateFiles("*", SearchOption.AllDirectories)
                .Select(f => new FileStamp(Path.GetRelativePath(directory, f.FullName), f.Length, f.LastWriteTimeUtc.Ticks))
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .ToArray();
            return new FolderStamp(files, readable: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Files come and go while the folder is copied or deleted: an unreadable stamp equals nothing, so the
            // folder counts as still changing and is stamped again.
            return new FolderStamp([], readable: false);
        }
    }

    /// <inheritdoc />
    public bool Equals(FolderStamp? other) =>
        other is not null && readable && other.readable && files.AsSpan().SequenceEqual(other.files);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FolderStamp);

    /// <inheritdoc />
    public override int GetHashCode() => files.Length;

    private readonly record struct FileStamp(string Path, long Length, long LastWriteTicks);
}
