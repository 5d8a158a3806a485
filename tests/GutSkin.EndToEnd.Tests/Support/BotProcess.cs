namespace GutSkin.EndToEnd.Tests.Support;

/// <summary>The real bot, started as <c>dotnet GutSkin.Bot.dll</c> from its project folder (as <c>dotnet run</c> does) on a
/// free loopback port, with its own empty data folder and no app id, so that it runs in local mode. Extra environment
/// variables (e.g. <c>Storage__ConnectionString</c>) are added to, or replace, those defaults.</summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly ChildProcess process;

    private BotProcess(ChildProcess process, Uri baseAddress, string dataDirectory)
    {
        this.process = process;
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
    }

    public Uri BaseAddress { get; }

    /// <summary>The bot's Storage__DataDirectory (SQLite gutskin.db).</summary>
    public string DataDirectory { get; }

    public string Output => process.Output;

    /// <summary>Stops the bot with SIGTERM; how long it took, or null when it had not exited after <paramref name="timeout"/>.</summary>
    public Task<TimeSpan?> TerminateAsync(TimeSpan timeout) => process.TerminateAsync(timeout);

    /// <summary>Starts the bot on <paramref name="port"/>, or on a free one; pass a port when a setting must name the bot's own address.</summary>
    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string>? extraEnvironment = null, int? port = null)
    {
        if (!File.Exists(RepositoryPaths.BotAssembly))
        {
            throw new InvalidOperationException($"{RepositoryPaths.BotAssembly} is missing: build this test project first.");
        }

        var dataDirectory = Directory.CreateTempSubdirectory("gutskin-e2e-").FullName;
        var baseAddress = new Uri($"http://127.0.0.1:{port ?? FreePort.Next()}");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Storage__DataDirectory"] = dataDirectory,
            ["Knowledge__Directory"] = RepositoryPaths.Knowledge,
            ["MicrosoftAppId"] = string.Empty,
            ["MicrosoftAppPassword"] = string.Empty,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (name, value) in extraEnvironment ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        var process = ChildProcess.Start("dotnet", [RepositoryPaths.BotAssembly, "--urls", baseAddress.ToString().TrimEnd('/')], RepositoryPaths.BotProject, environment);
        var bot = new BotProcess(process, baseAddress, dataDirectory);
        try
        {
            await process.WaitUntilReadyAsync(new Uri(baseAddress, "/healthz").ToString(), expected: null, TimeSpan.FromSeconds(60));
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }

        return bot;
    }

    public ValueTask DisposeAsync()
    {
        process.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS later.
        }

        return ValueTask.CompletedTask;
    }
}
