using System.Globalization;
using GutSkin.Data.Leads;
using GutSkin.Data.Migrations;

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

    public void Dispose() => temporary.Dispose();
}
