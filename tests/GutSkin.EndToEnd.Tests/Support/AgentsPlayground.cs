namespace GutSkin.EndToEnd.Tests.Support;

/// <summary>The Microsoft 365 Agents Playground (npm <c>@microsoft/m365agentsplayground</c>) in Teams mode, pointed at the bot,
/// on a port of its own (it silently picks another when the one asked for is taken, so the port is always passed).</summary>
internal sealed class AgentsPlayground : IAsyncDisposable
{
    private readonly ChildProcess process;
    private readonly string workingDirectory;

    private AgentsPlayground(ChildProcess process, Uri baseAddress, string workingDirectory)
    {
        this.process = process;
        this.workingDirectory = workingDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<AgentsPlayground> StartAsync(Uri botEndpoint)
    {
        var cli = RepositoryPaths.NodeModule(Path.Combine("@microsoft", "m365agentsplayground", "cli.js"));
        var port = FreePort.Next();

        // It writes devTools/m365agentsplayground.log where it runs.
        var workingDirectory = Directory.CreateTempSubdirectory("gutskin-playground-").FullName;
        var process = ChildProcess.Start(
            "node",
            [cli, "start", "-e", botEndpoint.ToString(), "-c", "msteams", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dt"],
            workingDirectory,
            new Dictionary<string, string>());
        var playground = new AgentsPlayground(process, new Uri($"http://127.0.0.1:{port}/"), workingDirectory);
        try
        {
            await process.WaitUntilReadyAsync(new Uri(playground.BaseAddress, "/_debug/ping").ToString(), "pong", TimeSpan.FromSeconds(30));
        }
        catch
        {
            await playground.DisposeAsync();
            throw;
        }

        return playground;
    }

    public ValueTask DisposeAsync()
    {
        process.Dispose();
        try
        {
            Directory.Delete(workingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A log file still open; the temp folder is cleaned by the OS later.
        }

        return ValueTask.CompletedTask;
    }
}
