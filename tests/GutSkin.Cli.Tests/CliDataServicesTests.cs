using GutSkin.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GutSkin.Cli.Tests;

public sealed class CliDataServicesTests : IDisposable
{
    private readonly string checkout = Directory.CreateTempSubdirectory("gutskin-cli-checkout").FullName;

    [Fact]
    public void Create_WithoutSettings_OpensTheRepositorysDataFolderLikeTheBot()
    {
        using var services = CliDataServices.Create();

        var options = services.GetRequiredService<IOptions<DataOptions>>().Value;

        Assert.Equal(Path.Combine(Path.GetFullPath(Repository.Root), "data"), options.DataDirectory);
    }

    [Fact]
    public async Task LeadsExport_StartedInASubfolderOfACheckout_ReadsDataBesideKnowledgeAndSaysSoOnStderr()
    {
        Directory.CreateDirectory(Path.Combine(checkout, "knowledge"));
        var subfolder = Directory.CreateDirectory(Path.Combine(checkout, "src", "GutSkin.Cli")).FullName;

        var (code, output, error) = await RunCliAsync(subfolder, null, "leads", "export", "--csv");

        Assert.Equal(0, code);
        Assert.Equal($"database: SQLite database {Path.Combine(checkout, "data", "gutskin.db")}", error.TrimEnd());
        Assert.StartsWith(LeadsCsv.Header, output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(checkout, "data", "gutskin.db")));
    }

    [Fact]
    public async Task Report_WithStorageDataDirectorySetting_ReadsThatFolder()
    {
        var folder = Path.Combine(checkout, "elsewhere");

        var (code, output, error) = await RunCliAsync(checkout, folder, "report");

        Assert.Equal(0, code);
        Assert.Equal($"database: SQLite database {Path.Combine(folder, "gutskin.db")}", error.TrimEnd());
        Assert.StartsWith("Unanswered questions (0 distinct", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(checkout, recursive: true);
    }

    private static Task<(int Code, string Output, string Error)> RunCliAsync(string workingDirectory, string? dataDirectory, params string[] args) =>
        CliProcess.RunAsync(workingDirectory, dataDirectory is null ? new Dictionary<string, string>() : new() { ["Storage__DataDirectory"] = dataDirectory }, args);
}
