using System.Globalization;
using GutSkin.Data.Leads;
using GutSkin.Data.Migrations;
using GutSkin.Data.Sql;
using GutSkin.Testing;
using Npgsql;

namespace GutSkin.Data.Tests.Sql;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDatabaseTests(PostgresServer server) : IAsyncLifetime
{
    private readonly List<PostgresDatabase> opened = [];
    private string connectionString = "";

    [Fact]
    public async Task Initialize_OnEmptyDatabase_CreatesTablesAndRecordsVersion()
    {
        await Open().InitializeAsync(CancellationToken.None);

        Assert.Equal(
            ["chosen_alternatives", "feedback", "lead_deletions", "leads", "protection_keys", "schema_version", "signup_requests", "state_documents", "turn_events", "unanswered_questions"],
            await PostgresQuery.ColumnAsync(connectionString, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name;"));
        Assert.Equal(
            Enumerable.Range(1, SchemaMigrations.LatestVersion).Select(v => v.ToString(CultureInfo.InvariantCulture)),
            await PostgresQuery.ColumnAsync(connectionString, "SELECT version FROM schema_version ORDER BY version;"));
    }

    [Fact]
    public async Task Initialize_OpenedTwice_KeepsDataAndRecordsEachVersionOnce()
    {
        await new LeadStore(Open()).UpsertAsync(TestLeads.Trial("ann@example.com", "user-1"), CancellationToken.None);

        var second = Open();
        await second.InitializeAsync(CancellationToken.None);

        Assert.Single(await new LeadStore(second).ListAsync(CancellationToken.None));
        Assert.Equal(
            Enumerable.Range(1, SchemaMigrations.LatestVersion).Select(v => v.ToString(CultureInfo.InvariantCulture)),
            await PostgresQuery.ColumnAsync(connectionString, "SELECT version FROM schema_version ORDER BY version;"));
    }

    [Fact]
    public async Task Initialize_EightInstancesStartingAtOnce_AllSucceedAndMigrateOnce()
    {
        const int instances = 8;
        var databases = Enumerable.Range(0, instances).Select(_ => Open()).ToList();
        var allReady = new CountdownGate(instances);

        await Task.WhenAll(databases.Select(database => Task.Run(async () =>
        {
            await allReady.SignalAndWaitAsync();
            await database.InitializeAsync(CancellationToken.None);
        })));

        Assert.Equal(
            Enumerable.Range(1, SchemaMigrations.LatestVersion).Select(v => v.ToString(CultureInfo.InvariantCulture)),
            await PostgresQuery.ColumnAsync(connectionString, "SELECT version FROM schema_version ORDER BY version;"));
    }

    [Fact]
    public async Task Initialize_WithNewerSchemaThanProgram_FailsWithReadableMessage()
    {
        await Open().InitializeAsync(CancellationToken.None);
        await PostgresQuery.ColumnAsync(connectionString, $"INSERT INTO schema_version (version, applied_at) VALUES ({SchemaMigrations.LatestVersion + 1}, now());");

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Open().InitializeAsync(CancellationToken.None));

        Assert.Contains("newer than this program's", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_WithoutApplicationName_NamesTheConnectionGutSkin()
    {
        await using var lease = await Open().OpenAsync(Access.Read, CancellationToken.None);
        await using var command = lease.Command("SELECT current_setting('application_name');");

        Assert.Equal("GutSkin", await command.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData(false, "command line")]
    [InlineData(true, "client")]
    public async Task Open_PerTurnPoolOnly_SetsAsynchronousCommit(bool perTurn, string settingSource)
    {
        // The test server itself runs with synchronous_commit off, so the setting's source tells who set it.
        var database = Open();
        await using var lease = await database.OpenAsync(perTurn ? Access.TurnWrite : Access.DurableWrite, CancellationToken.None);
        await using var command = lease.Command("SELECT setting || ' from ' || source FROM pg_settings WHERE name = 'synchronous_commit';");

        Assert.Equal($"off from {settingSource}", await command.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData("Read", "command line")]
    [InlineData("TurnRead", "client")]
    [InlineData("TurnWrite", "client")]
    [InlineData("DurableWrite", "command line")]
    [InlineData("Purge", "command line")]
    public async Task Open_EachAccess_UsesItsPool(string access, string settingSource)
    {
        // Only the per-turn pool sets asynchronous commit itself: the setting's source tells the pools apart.
        await using var lease = await Open().OpenAsync(Enum.Parse<Access>(access), CancellationToken.None);
        await using var command = lease.Command("SELECT source FROM pg_settings WHERE name = 'synchronous_commit';");

        Assert.Equal(settingSource, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task OpenPerTurn_PoolSizeNotConfigured_ManyConcurrentTurnsCompleteOnAtMostEightConnections()
    {
        // The test server's connection strings set a pool size of their own.
        var unsized = new NpgsqlConnectionStringBuilder(connectionString);
        unsized.Remove("Maximum Pool Size");
        var database = new PostgresDatabase(unsized.ConnectionString);
        opened.Add(database);

        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            await using var lease = await database.OpenAsync(Access.TurnRead, CancellationToken.None);
            await using var command = lease.Command("SELECT @i + 1, pg_backend_pid();").With("i", i);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return (Value: reader.GetInt32(0), ServerProcess: reader.GetInt32(1));
        }));

        Assert.Equal(Enumerable.Range(1, 200), answers.Select(answer => answer.Value));
        Assert.InRange(answers.Select(answer => answer.ServerProcess).Distinct().Count(), 1, 8);
    }

    public async Task InitializeAsync() => connectionString = await server.CreateDatabaseAsync();

    public async Task DisposeAsync()
    {
        foreach (var database in opened)
        {
            database.Dispose();
        }

        await server.DropDatabaseAsync(connectionString);
    }

    private PostgresDatabase Open()
    {
        var database = new PostgresDatabase(connectionString);
        opened.Add(database);
        return database;
    }
}
