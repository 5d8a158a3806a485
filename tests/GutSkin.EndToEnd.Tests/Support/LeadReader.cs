using GutSkin.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GutSkin.EndToEnd.Tests.Support;

/// <summary>Reads the leads the bot process stored, through GutSkin.Data's own store over the bot's data folder or
/// PostgreSQL database.</summary>
internal static class LeadReader
{
    public static Task<IReadOnlyList<Lead>> ListAsync(string dataDirectory) =>
        ListAsync(nameof(DataOptions.DataDirectory), dataDirectory);

    public static Task<IReadOnlyList<Lead>> ListFromPostgresAsync(string connectionString) =>
        ListAsync(nameof(DataOptions.ConnectionString), connectionString);

    private static async Task<IReadOnlyList<Lead>> ListAsync(string setting, string value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{DataOptions.Section}:{setting}"] = value })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddGutSkinData();
        await using var provider = services.BuildServiceProvider();
        return await provider.GetRequiredService<ILeadStore>().ListAsync(CancellationToken.None);
    }
}
