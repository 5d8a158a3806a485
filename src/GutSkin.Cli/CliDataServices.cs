using GutSkin.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GutSkin.Cli;

/// <summary>The bot's stores, opened from the same settings the bot reads (<c>Storage__DataDirectory</c>).</summary>
internal static class CliDataServices
{
    /// <summary>A service provider with the data stores; dispose it when done.</summary>
    public static ServiceProvider Create()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddGutSkinData()
            .BuildServiceProvider();
    }
}
