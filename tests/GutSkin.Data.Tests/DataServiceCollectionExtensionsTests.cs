using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GutSkin.Data.Tests;

public sealed class DataServiceCollectionExtensionsTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "gutskin-data-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task AddGutSkinData_WithStorageSection_CreatesDatabaseOnStartAndServesStores()
    {
        var dataDirectory = Path.Combine(root, "data");
        await using var provider = Build(dataDirectory);
        var stores = provider.GetRequiredService<IStateStore>();

        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        Assert.True(File.Exists(Path.Combine(dataDirectory, "gutskin.db")));
        await stores.WriteAsync([new DocumentWrite("k", "{}", null)], CancellationToken.None);
        Assert.Contains("k", (await stores.ReadAsync(["k"], CancellationToken.None)).Keys);
        Assert.Same(stores, provider.GetRequiredService<IStateStore>());
        Assert.NotNull(provider.GetRequiredService<ILeadStore>());
        Assert.NotNull(provider.GetRequiredService<IFeedbackStore>());
        Assert.NotNull(provider.GetRequiredService<IUnansweredQuestionStore>());
    }

    [Fact]
    public async Task AddGutSkinData_WithEmptyDataDirectory_FailsStartupValidation()
    {
        await using var provider = Build("  ");

        var failure = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Storage:DataDirectory", failure.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static ServiceProvider Build(string dataDirectory)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = dataDirectory })
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddGutSkinData()
            .BuildServiceProvider();
    }
}
