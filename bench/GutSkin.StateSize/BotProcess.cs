using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GutSkin.StateSize;

/// <summary>The real bot (<c>GutSkin.Bot.dll</c>) as a child process on a free loopback port, with the given settings.</summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process process;

    private BotProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Starts the bot and waits until <c>/readyz</c> answers Healthy.</summary>
    public static async Task<BotProcess> StartAsync(string botDll, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreeLoopbackPort();
        var dll = Path.GetFullPath(botDll);
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"bot: {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        // Generous: on a busy machine the first start takes a while, and a probe can wait seconds.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if (await http.GetStringAsync(new Uri(bot.BaseAddress, "readyz")) == "Healthy")
                {
                    return bot;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy to answer in time.
            }

            await Task.Delay(200);
        }

        await bot.DisposeAsync();
        throw new InvalidOperationException("the bot exited or did not become ready within 5 minutes (its errors are above)");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
