using GutSkin.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GutSkin.Cli;

/// <summary>
/// The bot's stores, opened from the same settings the bot reads (<c>Storage__DataDirectory</c>,
/// <c>Storage__ConnectionString</c>) and with the same default folder, so the CLI reads the database the bot writes.
/// </summary>
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

    /// <summary>
    /// Opens the stores and says on <paramref name="error"/> which database they read, so that a wrong folder shows at
    /// once and stdout stays clean CSV or JSON.
    /// </summary>
    public static async Task<ServiceProvider> OpenAsync(TextWriter error)
    {
        var services = Create();
        await error.WriteLineAsync($"database: {services.GetRequiredService<IOptions<DataOptions>>().Value.DescribeDatabase()}");
        return services;
    }
}
