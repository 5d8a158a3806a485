using System.Globalization;
using GutSkin.Data.Leads;
using GutSkin.Data.Migrations;
using GutSkin.Data.Sql;
using Microsoft.Data.Sqlite;

namespace GutSkin.Data.Tests.Sql;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly TemporaryDatabase temporary = new();

    [Fact]
    public async Task Initialize_OnFirstRun_CreatesDataDirectoryAndFile()
    {
        Assert.False(Directory.Exists(temporary.DataDirectory));

        await temporary.Database.InitializeAsync(CancellationToken.None);

        Assert.True(Directory.Exists(temporary.DataDirectory));
        Assert.Equal(Path.Combine(temporary.DataDirectory, "gutskin.db"), temporary.Database.FilePath);
        Assert.True(File.Exists(temporary.Database.FilePath));
    }

    [Fact]
    public async Task Initialize_OpenedTwice_KeepsDataAndRecordsEachVersionOnce()
    {
        var leads = new LeadStore(temporary.Database);
        await leads.UpsertAsync(TestLeads.Trial("ann@example.com", "user-1"), CancellationToken.None);

        var second = temporary.Open();
        await second.InitializeAsync(CancellationToken.None);

        Assert.Single(await new LeadStore(second).ListAsync(CancellationToken.None));
        Assert.Equal(
            Enumerable.Range(1, SchemaMigrations.LatestVersion).Select(v => v.ToString(CultureInfo.InvariantCulture)),
            await SqliteQuery.ColumnAsync(second, "SELECT version FROM schema_version ORDER BY version;"));
    }

    [Fact]
    public async Task Initialize_OnNewFile_SwitchesToWriteAheadLog()
    {
        await temporary.Database.InitializeAsync(CancellationToken.None);

        Assert.Equal(["wal"], await SqliteQuery.ColumnAsync(temporary.Open(), "PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task Open_Always_SetsBusyTimeoutSoTwoProcessesCanShareTheFile()
    {
        var timeouts = await SqliteQuery.ColumnAsync(temporary.Database, "PRAGMA busy_timeout;");

        Assert.True(int.Parse(Assert.Single(timeouts), CultureInfo.InvariantCulture) > 0);
    }

    [Theory]
    [InlineData("TurnWrite", "1")]
    [InlineData("DurableWrite", "2")]
    [InlineData("Purge", "1")]
    public async Task Open_EachAccess_SetsItsDurability(string access, string synchronous)
    {
        // PRAGMA synchronous reads 2 for FULL (leads, deletions) and 1 for NORMAL (per-turn writes, purges).
        await using var lease = await temporary.Database.OpenAsync(Enum.Parse<Access>(access), CancellationToken.None);
        await using var command = lease.Command("PRAGMA synchronous;");

        Assert.Equal(synchronous, Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Open_PooledConnectionAgainForAnotherDurability_SetsThatDurability()
    {
        // The pragmas run once per pooled connection, so a connection handed out again must still get the durability
        // of its new use, not keep the last one's.
        var handles = new List<object>();
        var read = new List<string?>();
        foreach (var access in new[] { Access.TurnWrite, Access.DurableWrite, Access.Read, Access.TurnWrite, Access.DurableWrite })
        {
            await using var lease = await temporary.Database.OpenAsync(access, CancellationToken.None);
            handles.Add(((SqliteConnection)lease.Connection).Handle!);
            await using var command = lease.Command("PRAGMA synchronous;");
            read.Add(access == Access.Read ? null : Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture));
        }

        Assert.Single(handles.Distinct());
        Assert.Equal(["1", "2", null, "1", "2"], read);
    }

    [Fact]
    public async Task Open_PooledConnectionAgain_KeepsItsBusyTimeout()
    {
        object first;
        await using (var lease = await temporary.Database.OpenAsync(Access.Read, CancellationToken.None))
        {
            first = ((SqliteConnection)lease.Connection).Handle!;
        }

        await using var again = await temporary.Database.OpenAsync(Access.TurnRead, CancellationToken.None);
        await using var command = again.Command("PRAGMA busy_timeout;");

        Assert.Same(first, ((SqliteConnection)again.Connection).Handle);
        Assert.True(Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task Open_WriterWhileAnotherWrites_WaitsForItsTurnAndReadersDoNot()
    {
        var first = await temporary.Database.OpenAsync(Access.TurnWrite, CancellationToken.None);
        var second = temporary.Database.OpenAsync(Access.DurableWrite, CancellationToken.None);
        await using (await temporary.Database.OpenAsync(Access.Read, CancellationToken.None))
        {
            Assert.False(second.IsCompleted);
        }

        await first.DisposeAsync();
        await using var lease = await second;

        Assert.NotNull(lease.Connection);
    }

    public void Dispose() => temporary.Dispose();
}
