using GutSkin.EndToEnd.Tests.Support;
using GutSkin.Testing;

namespace GutSkin.EndToEnd.Tests.MultiInstance;

/// <summary>Two real bot processes on one PostgreSQL database of a real PostgreSQL server, as two instances behind a
/// load balancer would run: each with its own home folder, as on two machines, so nothing is shared but the database.</summary>
public class TwoBotInstances : IAsyncLifetime
{
    private readonly PostgresServer server = new();
    private readonly List<BotProcess> bots = [];
    private readonly List<string> homes = [];
    private readonly IReadOnlyDictionary<string, string> settings;
    private string? connectionString;

    /// <summary>Two instances with the default settings.</summary>
    public TwoBotInstances()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>Two instances with <paramref name="settings"/> added to their environment.</summary>
    protected TwoBotInstances(IReadOnlyDictionary<string, string> settings) => this.settings = settings;

    /// <summary>The shared database, for reading what the bots stored.</summary>
    public string ConnectionString => connectionString ?? throw new InvalidOperationException("The database is not created yet.");

    internal BotProcess First => bots[0];

    internal BotProcess Second => bots[1];

    public async Task InitializeAsync()
    {
        await server.InitializeAsync();
        connectionString = await server.CreateDatabaseAsync();

        // Started together, as a deployment would: both run the schema migration at once.
        var starting = new[] { BotProcess.StartAsync(Environment()), BotProcess.StartAsync(Environment()) };
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
        foreach (var home in homes)
        {
            Directory.Delete(home, recursive: true);
        }
    }

    // A home folder of its own: ASP.NET Core keeps per-user files there (its default data-protection keys among them).
    private Dictionary<string, string> Environment()
    {
        var home = Directory.CreateTempSubdirectory("gutskin-home-").FullName;
        homes.Add(home);
        return new Dictionary<string, string>(settings) { ["Storage__ConnectionString"] = ConnectionString, ["HOME"] = home };
    }
}
