using System.Globalization;
using GutSkin.Data.Sql;
using GutSkin.Data.Tests.Sql;

namespace GutSkin.Data.Tests.Migrations;

/// <summary>A <c>gutskin.db</c> made by today's schema code (see <see cref="TodaysDatabase"/>) opened by this code.</summary>
public sealed class SqliteUpgradeTests : IDisposable
{
    private readonly TemporaryDatabase existing = new();
    private readonly TemporaryDatabase fresh = new();

    [Fact]
    public async Task Initialize_DatabaseMadeByTodaysCode_KeepsItsVersionsAndEndsWithTheFreshSchema()
    {
        Directory.CreateDirectory(existing.DataDirectory);
        File.Copy(TodaysDatabase.SqliteFile, existing.Database.FilePath);

        await existing.Database.InitializeAsync(CancellationToken.None);
        await fresh.Database.InitializeAsync(CancellationToken.None);

        Assert.Equal(
            Enumerable.Range(1, TodaysDatabase.Version).Select(v => v.ToString(CultureInfo.InvariantCulture)),
            (await SqliteQuery.ColumnAsync(existing.Database, "SELECT version FROM schema_version ORDER BY version;")).Take(TodaysDatabase.Version));
        Assert.Equal(
            await SqliteQuery.ColumnAsync(fresh.Database, "SELECT version FROM schema_version ORDER BY version;"),
            await SqliteQuery.ColumnAsync(existing.Database, "SELECT version FROM schema_version ORDER BY version;"));
        Assert.Equal(await SchemaAsync(fresh.Database), await SchemaAsync(existing.Database));
        Assert.Equal(["wal"], await SqliteQuery.ColumnAsync(existing.Database, "PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task Stores_DatabaseMadeByTodaysCode_ReadEverythingItStoredAndWriteToIt()
    {
        Directory.CreateDirectory(existing.DataDirectory);
        File.Copy(TodaysDatabase.SqliteFile, existing.Database.FilePath);
        await TodaysDatabase.AssertDataKeptAsync(existing.Database);
    }

    public void Dispose()
    {
        existing.Dispose();
        fresh.Dispose();
    }

    // Every table and index with its definition, white space folded: the text SQLite keeps is the text that made it.
    private static async Task<IReadOnlyList<string>> SchemaAsync(SqliteDatabase database) =>
        [.. (await SqliteQuery.ColumnAsync(
                database,
                "SELECT type || ' ' || name || ' ' || tbl_name || ' ' || COALESCE(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name;"))
            .Select(definition => string.Join(' ', definition.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))];
}
