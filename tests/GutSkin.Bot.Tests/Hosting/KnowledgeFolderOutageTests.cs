using System.Net;
using GutSkin.Bot.Tests.Support;
using Microsoft.Extensions.Logging;

namespace GutSkin.Bot.Tests.Hosting;

/// <summary>The real web host while its knowledge folder is deleted and restored: /readyz, the logs and the answers.
/// Every wait is a bounded poll.</summary>
public sealed class KnowledgeFolderOutageTests : IDisposable
{
    private const string Kombucha = "---\nid: kombucha\ntitle: What About Kombucha?\ntags: [kombucha]\nquestions:\n  - What is kombucha?\n---\nKombucha is a fermented tea drink.\n";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private readonly TempDirectory knowledge = new();

    [Fact]
    public async Task FolderDeletedThenRestoredWithAnEdit_ReadyzSaysSoAndTheEditGoesLive()
    {
        Copy(Repository.KnowledgeDirectory, knowledge.Path);
        using var host = new BotHost(
            ("Knowledge:Directory", knowledge.Path),
            ("Knowledge:FileStableMilliseconds", "200"),
            ("Knowledge:FolderPollMilliseconds", "200"));
        Assert.Equal("Healthy", await ReadyAsync(host));

        Directory.Delete(knowledge.Path, recursive: true);
        var degraded = await PollAsync(() => ReadyAsync(host), body => body.StartsWith("Degraded", StringComparison.Ordinal));

        Assert.Contains("knowledge: Degraded: the knowledge folder (Knowledge:Directory) is missing", degraded, StringComparison.Ordinal);
        Assert.DoesNotContain(knowledge.Path, degraded, StringComparison.Ordinal);
        var conversation = Guid.NewGuid().ToString("N");
        Assert.Contains(await host.SayAsync("Is eczema linked to gut health?", conversation), r => r.Contains("From: What is the Link Between Gut Health and Eczema?", StringComparison.Ordinal));

        // /readyz looks at the folder itself; the reload service notices on its next poll. Restored sooner, the outage
        // would go unseen by it (harmless, but then this test could not check the warning).
        await PollAsync(
            () => Task.FromResult(host.Logs.Entries.Any(e => FromReloadService(e) && e.Level == LogLevel.Warning && e.Message.Contains("is missing", StringComparison.Ordinal))),
            seen => seen);
        Copy(Repository.KnowledgeDirectory, knowledge.Path);
        File.WriteAllText(Path.Combine(knowledge.Path, "kombucha.md"), Kombucha);
        // A new conversation per try, so that polling does not meet the per-conversation rate limit.
        await PollAsync(() => host.SayAsync("What is kombucha?", Guid.NewGuid().ToString("N")), replies => replies.Any(r => r.Contains("From: What About Kombucha?", StringComparison.Ordinal)));

        Assert.Equal("Healthy", await ReadyAsync(host));
        await PollAsync(
            () => Task.FromResult(host.Logs.Entries.Any(e => FromReloadService(e) && e.Level == LogLevel.Information && e.Message.Contains("is back", StringComparison.Ordinal))),
            seen => seen);
        var reload = host.Logs.Entries.Where(FromReloadService).ToList();
        Assert.Single(reload, e => e.Level == LogLevel.Warning && e.Message.Contains("is missing", StringComparison.Ordinal));
        Assert.Single(reload, e => e.Level == LogLevel.Information && e.Message.Contains("is back", StringComparison.Ordinal));
        Assert.Contains(reload, e => e.Level == LogLevel.Information && e.Message.StartsWith("Knowledge reloaded", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Knowledge:FileStableMilliseconds", "0", "Knowledge:FileStableMilliseconds must be from 50 to 10000")]
    [InlineData("Knowledge:FolderPollMilliseconds", "600000", "Knowledge:FolderPollMilliseconds must be from 100 to 60000")]
    public void Start_WithAnOutOfRangeWatchSetting_FailsNamingIt(string setting, string value, string message)
    {
        var failure = BotHost.StartFailure((setting, value));

        Assert.Contains(message, failure.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => knowledge.Dispose();

    private static bool FromReloadService(CapturingLoggerProvider.LogEntry entry) => entry.Category.EndsWith("KnowledgeReloadService", StringComparison.Ordinal);

    private static async Task<string> ReadyAsync(BotHost host)
    {
        using var response = await host.Client.GetAsync(new Uri("/readyz", UriKind.Relative));

        // Degraded still answers 200: the bot keeps serving from the last good version.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<T> PollAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < deadline, $"not reached within {Bound.TotalSeconds} s; last: {value}");
            await Task.Delay(200);
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
