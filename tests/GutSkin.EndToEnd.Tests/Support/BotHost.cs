using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GutSkin.EndToEnd.Tests.Support;

/// <summary>The bot hosted in-process with extra settings, for the endpoint tests that need a configuration the
/// shared bot process does not have (an app id, a Direct Line secret).</summary>
internal sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("gutskin-e2e-host-").FullName;

    /// <summary>The origin of the bot's own page as the test client addresses it (the test server's host is localhost).</summary>
    public const string OwnOrigin = "http://localhost";

    public BotHost(IReadOnlyDictionary<string, string> settings)
    {
        this.settings = settings;
    }

    /// <summary>The exception a host with these settings fails to start with, retrying the framework's race in which
    /// <c>DeferredHost.StartAsync</c> reads the app's already disposed host and throws
    /// <see cref="ObjectDisposedException"/> instead of the real failure (see the Bot tests' host).</summary>
    public static Exception StartFailure(IReadOnlyDictionary<string, string> settings)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var host = new BotHost(settings);
            try
            {
                host.CreateClient().Dispose();
                throw new Xunit.Sdk.XunitException("The host started although a start-up failure was expected.");
            }
            catch (ObjectDisposedException) when (attempt < 5)
            {
            }
            catch (Exception failure) when (failure is not Xunit.Sdk.XunitException)
            {
                return failure;
            }
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(RepositoryPaths.BotProject);
        builder.UseSetting("Knowledge:Directory", RepositoryPaths.Knowledge);
        builder.UseSetting("Storage:DataDirectory", dataDirectory);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS later.
            }
        }
    }
}
