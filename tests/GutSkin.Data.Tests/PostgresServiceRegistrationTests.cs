using GutSkin.Data.Leads;
using GutSkin.Data.Sql;
using GutSkin.Data.State;
using GutSkin.Data.Tests.Sql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GutSkin.Data.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresServiceRegistrationTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    [Fact]
    public async Task AddGutSkinData_WithConnectionString_CreatesSchemaOnStartAndStoresInPostgres()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "gutskin-data-tests", Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:DataDirectory"] = dataDirectory,
                ["Storage:ConnectionString"] = database.ConnectionString,
            })
            .Build();
        await using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddGutSkinData()
            .BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        await provider.GetRequiredService<IStateStore>().WriteAsync([new DocumentWrite("k", "{}", null)], CancellationToken.None);
        await provider.GetRequiredService<ILeadStore>().UpsertAsync(TestLeads.Trial("ann@example.com", "user-1"), CancellationToken.None);

        using var direct = new PostgresDatabase(database.ConnectionString);
        Assert.Contains("k", (await new StateStore(direct).ReadAsync(["k"], CancellationToken.None)).Keys);
        Assert.Single(await new LeadStore(direct).ListAsync(CancellationToken.None));
        Assert.False(Directory.Exists(dataDirectory));
    }
}
