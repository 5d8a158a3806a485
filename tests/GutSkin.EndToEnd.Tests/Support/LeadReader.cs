using GutSkin.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GutSkin.EndToEnd.Tests.Support;

/// <summary>Reads the leads the bot process stored, through GutSkin.Data's own store over the bot's data folder.</summary>
internal static class LeadReader
{
    public static async Task<IReadOnlyList<Lead>> ListAsync(string dataDirectory)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{DataOptions.Section}:DataDirectory"] = dataDirectory })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddGutSkinData();
        await using var provider = services.BuildServiceProvider();
        return await provider.GetRequiredService<ILeadStore>().ListAsync(CancellationToken.None);
    }
}
