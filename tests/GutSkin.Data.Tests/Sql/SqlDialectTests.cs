using GutSkin.Data.Sql;
using GutSkin.Data.State;

namespace GutSkin.Data.Tests.Sql;

/// <summary>What the dialect seam says about each engine, checked on a real database of that engine.</summary>
public abstract class SqlDialectTests : IAsyncLifetime
{
    private readonly StorageUnderTest storage;
    private readonly Database database;

    private protected SqlDialectTests(StorageUnderTest storage)
    {
        this.storage = storage;
        database = storage.OpenInstance();
    }

    [Fact]
    public async Task Now_IsStoredAsATimeTheDialectReadsBack()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        await new StateStore(database).WriteAsync([new DocumentWrite("a", "{}", null)], CancellationToken.None);
        var after = DateTimeOffset.UtcNow.AddSeconds(1);

        var written = Assert.Single(await database.QueryAsync(
            Access.Read,
            "SELECT updated_at FROM state_documents WHERE key = @key;",
            command => command.With("key", "a"),
            row => database.Dialect.ReadTime(row, 0),
            CancellationToken.None));

        Assert.InRange(written, before, after);
        Assert.Equal(TimeSpan.Zero, written.Offset);
    }

    [Theory]
    [InlineData("2025-03-03T23:30:00-05:00", "2025-03-04")]
    [InlineData("2025-03-04T00:30:00+01:00", "2025-03-03")]
    public async Task Day_IsTheUtcDay(string time, string utcDay)
    {
        var day = Assert.Single(await database.QueryAsync(
            Access.Read,
            $"SELECT {database.Dialect.Day("@at")};",
            command => command.WithTime(database.Dialect, "at", DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture)),
            row => database.Dialect.ReadDay(row, 0),
            CancellationToken.None));

        Assert.Equal(DateOnly.Parse(utcDay, System.Globalization.CultureInfo.InvariantCulture), day);
    }

    [Fact]
    public async Task ByCodePoint_OrdersUpperCaseBeforeLowerCaseAndAccentsLast()
    {
        var ordered = await database.QueryAsync(
            Access.Read,
            $"SELECT word FROM (SELECT 'b' AS word UNION ALL SELECT 'B' UNION ALL SELECT 'é' UNION ALL SELECT 'a') AS words ORDER BY {database.Dialect.ByCodePoint("word")};",
            command => command,
            row => row.GetString(0),
            CancellationToken.None);

        Assert.Equal(["B", "a", "b", "é"], ordered);
    }

    public Task InitializeAsync() => storage.ResetAsync();

    public Task DisposeAsync() => storage.DisposeAsync().AsTask();
}
