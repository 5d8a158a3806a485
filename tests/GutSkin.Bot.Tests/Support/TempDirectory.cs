using Microsoft.Data.Sqlite;

namespace GutSkin.Bot.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted on dispose (after SQLite lets go of its files).</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gutskin-bot-tests", Guid.NewGuid().ToString("N"));

    public TempDirectory() => Directory.CreateDirectory(Path);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves litter in the temp folder; it must not fail a test.
        }
    }
}
