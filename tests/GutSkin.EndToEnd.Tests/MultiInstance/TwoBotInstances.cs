using GutSkin.EndToEnd.Tests.Support;
using GutSkin.Testing;

namespace GutSkin.EndToEnd.Tests.MultiInstance;

/// <summary>Two real bot processes on one PostgreSQL database of a real PostgreSQL server, as two instances behind a
/// load balancer would run.</summary>
public sealed class TwoBotInstances : IAsyncLifetime
{
    private readonly PostgresServer server = new();
    private readonly List<BotProcess> bots = [];
    private string? connectionString;

    /// <summary>The shared database, for reading what the bots stored.</summary>
    public string ConnectionString => connectionString ?? throw new InvalidOperationException("The database is not created yet.");

    internal BotProcess First => bots[0];

    internal BotProcess Second => bots[1];

    public async Task InitializeAsync()
    {
        await server.InitializeAsync();
        connectionString = await server.CreateDatabaseAsync();
        var environment = new Dictionary<string, string> { ["Storage__ConnectionString"] = connectionString };

        // Started together, as a deployment would: both run the schema migration at once.
        var starting = new[] { BotProcess.StartAsync(environment), BotProcess.StartAsync(environment) };
        try
        {
            await Task.WhenAll(starting);
        }
        finally
        {
            bots.AddRange(starting.Where(task => task.IsCompletedSuccessfully).Select(task => task.Result));
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var bot in bots)
        {
            await bot.DisposeAsync();
        }

        if (connectionString is not null)
        {
            await server.DropDatabaseAsync(connectionString);
        }

        await server.DisposeAsync();
    }
}
