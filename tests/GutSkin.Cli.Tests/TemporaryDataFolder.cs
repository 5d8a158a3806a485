using GutSkin.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GutSkin.Cli.Tests;

/// <summary>The real SQLite stores in a temp folder, as the CLI opens them.</summary>
internal sealed class TemporaryDataFolder : IDisposable
{
    private readonly string path = Directory.CreateTempSubdirectory("gutskin-cli-data").FullName;
    private readonly ServiceProvider services;

    public TemporaryDataFolder()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = path })
            .Build();
        services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddGutSkinData().BuildServiceProvider();
    }

    public ILeadStore Leads => services.GetRequiredService<ILeadStore>();

    public IFeedbackStore Feedback => services.GetRequiredService<IFeedbackStore>();

    public IUnansweredQuestionStore Unanswered => services.GetRequiredService<IUnansweredQuestionStore>();

    public ISignupRequestStore SignupRequests => services.GetRequiredService<ISignupRequestStore>();

    public IChosenAlternativeStore ChosenAlternatives => services.GetRequiredService<IChosenAlternativeStore>();

    public IDashboardStore Dashboard => services.GetRequiredService<IDashboardStore>();

    public async Task<ILeadStore> WithLeadsAsync(params Lead[] leads)
    {
        foreach (var lead in leads)
        {
            await Leads.UpsertAsync(lead, CancellationToken.None);
        }

        return Leads;
    }

    public void Dispose()
    {
        services.Dispose();
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the WAL file for a moment after the pool closes; the OS cleans temp folders.
        }
    }
}
