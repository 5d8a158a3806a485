using GutSkin.Data.Sql;


namespace GutSkin.Data.Tests.Sql;

/// <summary>A real <c>gutskin.db</c> in a fresh temporary folder, removed after the test.</summary>
internal sealed class TemporaryDatabase : IDisposable
{
    private readonly List<SqliteDatabase> opened = [];

    public TemporaryDatabase()
    {
        Root = Path.Combine(Path.GetTempPath(), "gutskin-data-tests", Guid.NewGuid().ToString("N"));
        DataDirectory = Path.Combine(Root, "data");
        Database = Open();
    }

    /// <summary>The temporary folder; the data directory is inside it and does not exist until first use.</summary>
    public string Root { get; }

    public string DataDirectory { get; }

    public SqliteDatabase Database { get; }

    /// <summary>Another handle on the same file, as a second process (the CLI next to the bot) would have.</summary>
    public SqliteDatabase Open()
    {
        var database = new SqliteDatabase(DataDirectory);
        opened.Add(database);
        return database;
    }

    public void Dispose()
    {
        foreach (var database in opened)
        {
            database.Dispose();
        }

        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
