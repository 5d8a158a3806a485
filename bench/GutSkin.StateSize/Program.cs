using System.Diagnostics;
using System.Globalization;
using GutSkin.Data;
using GutSkin.StateSize;
using GutSkin.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Bytes per stored conversation: N visitors' conversations through the real bot process and its real state storage,
// the state table measured before and after, then the retention purge (the same store call the background service
// makes) and the table measured again. Not a test: figures go to bench/LOAD.md.
var options = Arguments.Parse(args);
var culture = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(culture, $"{options.Conversations} conversations, {options.Parallel} at a time; bot {options.BotDll}"));
Console.WriteLine("| store | state table with its indexes: grew by / per conversation | whole database per conversation | purge: documents, time | after the purge |");
Console.WriteLine("| --- | --- | --- | --- | --- |");

if (options.Stores.Contains("sqlite"))
{
    var folder = Directory.CreateTempSubdirectory("gutskin-state-size").FullName;
    var file = Path.Combine(folder, "gutskin.db");
    var settings = new Dictionary<string, string> { ["Storage__DataDirectory"] = folder };
    await using (var bot = await BotProcess.StartAsync(options.BotDll, With(settings)))
    {
        var before = await DatabaseSize.SqliteAsync(file);
        await VisitorConversations.RunAsync(bot.BaseAddress, options.Conversations, options.Parallel, "sqlite");
        var after = await DatabaseSize.SqliteAsync(file);
        var (purged, took) = await PurgeAsync(settings);
        var left = await DatabaseSize.SqliteAsync(file);
        Console.WriteLine(string.Create(culture,
            $"| SQLite (the table: what the purge of all its rows freed) | {after.Used - left.Used:N0} B / {(after.Used - left.Used) / (double)options.Conversations:N0} B | {(after.Used - before.Used) / (double)options.Conversations:N0} B in use ({(after.File - before.File) / (double)options.Conversations:N0} B of file) | {purged:N0}, {took.TotalMilliseconds:N0} ms | the file stays {left.File:N0} B, {left.Used:N0} B in use; freed pages are reused |"));
    }

    Directory.Delete(folder, recursive: true);
}

if (options.Stores.Contains("postgres"))
{
    var server = new PostgresServer();
    await server.InitializeAsync();
    try
    {
        var connectionString = await server.CreateDatabaseAsync();
        var settings = new Dictionary<string, string> { ["Storage__ConnectionString"] = connectionString };
        await using var bot = await BotProcess.StartAsync(options.BotDll, With(settings));
        var before = await DatabaseSize.PostgresAsync(connectionString, vacuumFirst: true);
        await VisitorConversations.RunAsync(bot.BaseAddress, options.Conversations, options.Parallel, "postgres");
        var after = await DatabaseSize.PostgresAsync(connectionString, vacuumFirst: true);
        var (purged, took) = await PurgeAsync(settings);
        var left = await DatabaseSize.PostgresAsync(connectionString, vacuumFirst: true);
        Console.WriteLine(string.Create(culture,
            $"| PostgreSQL (pg_total_relation_size after VACUUM) | {after.Table - before.Table:N0} B / {(after.Table - before.Table) / (double)options.Conversations:N0} B | {(after.Database - before.Database) / (double)options.Conversations:N0} B | {purged:N0}, {took.TotalMilliseconds:N0} ms | the table stays {left.Table:N0} B; freed space is reused (VACUUM FULL returns it) |"));
    }
    finally
    {
        await server.DisposeAsync();
    }
}

// The per-client limit is for the internet; here one client is every visitor.
static Dictionary<string, string> With(Dictionary<string, string> storage) =>
    new(storage) { ["RateLimits__PerClientPerMinute"] = "10000000" };

// Everything written so far is older than this cutoff: the purge a retention of N days makes N days later.
static async Task<(int Purged, TimeSpan Took)> PurgeAsync(Dictionary<string, string> settings)
{
    var configuration = new ConfigurationBuilder()
        .AddInMemoryCollection(settings.ToDictionary(s => s.Key.Replace("__", ":", StringComparison.Ordinal), s => (string?)s.Value))
        .Build();
    await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddGutSkinData().BuildServiceProvider();
    var store = services.GetRequiredService<IStateStore>();
    var cutoff = DateTimeOffset.UtcNow.AddSeconds(1);
    await Task.Delay(TimeSpan.FromSeconds(1.5));
    var started = Stopwatch.GetTimestamp();
    var purged = await store.DeleteOlderThanAsync(cutoff, CancellationToken.None);
    return (purged, Stopwatch.GetElapsedTime(started));
}
