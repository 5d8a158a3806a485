using System.Collections.Concurrent;

namespace GutSkin.Knowledge.Tests;

/// <summary>The folder watcher on a real folder with real file writes; every wait is a bounded poll, not a timed assertion.</summary>
public sealed class KnowledgeFolderWatcherTests
{
    private const string Eczema = "gut-skin-article/03-eczema.md";
    private const string NewSection = "---\nid: kombucha\ntitle: What About Kombucha?\ntags: [kombucha]\n---\nKombucha is a fermented tea drink.\n";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task SavedEdit_GoesLiveWithoutARestart()
    {
        using var folder = new TemporaryKnowledgeFolder();
        using var knowledge = LiveKnowledge.Load(folder.Path);
        var reloaded = new TaskCompletionSource<ReloadOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new KnowledgeFolderWatcher(knowledge, o => reloaded.TrySetResult(o), new KnowledgeWatchOptions { StableFor = TimeSpan.FromMilliseconds(100) });

        folder.Write("kombucha.md", NewSection);
        var outcome = await reloaded.Task.WaitAsync(Bound);

        Assert.True(outcome.Swapped);
        Assert.Equal("kombucha", knowledge.Ask("what is kombucha").Section?.Id);
    }

    [Fact]
    public async Task HalfWrittenSave_CompletedAMomentLater_NeverGoesLiveHalfWritten()
    {
        using var folder = new TemporaryKnowledgeFolder();
        using var knowledge = LiveKnowledge.Load(folder.Path);
        var full = File.ReadAllText(folder.File(Eczema)).TrimEnd() + " Kombucha came up in one of these studies.\n";
        var cut = full[..700];
        var live = new ConcurrentQueue<IReadOnlyList<string>>();
        var completeLive = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Reloads run one at a time and report from inside the watcher, so Current is the version each one put live.
        using var watcher = new KnowledgeFolderWatcher(
            knowledge,
            outcome =>
            {
                var passages = knowledge.Current.FindSection("eczema")?.Passages ?? [];
                live.Enqueue(passages);
                if (passages.Any(p => p.Contains("Kombucha came up", StringComparison.Ordinal)))
                {
                    completeLive.TrySetResult();
                }
            },
            new KnowledgeWatchOptions { StableFor = TimeSpan.FromSeconds(3), PollEvery = TimeSpan.FromMilliseconds(200) });

        // An editor's save cut short inside the body, then completed a moment (well under StableFor) later.
        folder.Write(Eczema, cut);
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        folder.Write(Eczema, full);
        await completeLive.Task.WaitAsync(Bound);

        var cutEnding = cut.TrimEnd()[^20..];
        Assert.Single(live);
        Assert.DoesNotContain(live, passages => passages.Any(p => p.EndsWith(cutEnding, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task FolderDeletedAndRestored_ReportsBothAndLaterEditsGoLive()
    {
        using var folder = new TemporaryKnowledgeFolder();
        using var knowledge = LiveKnowledge.Load(folder.Path);
        var presence = new ConcurrentQueue<KnowledgeFolderPresence>();
        var reloads = new ConcurrentQueue<ReloadOutcome>();
        using var watcher = new KnowledgeFolderWatcher(
            knowledge,
            reloads.Enqueue,
            new KnowledgeWatchOptions { StableFor = TimeSpan.FromMilliseconds(200), PollEvery = TimeSpan.FromMilliseconds(200) },
            presence.Enqueue);

        Directory.Delete(folder.Path, recursive: true);
        await Until(() => presence.Contains(KnowledgeFolderPresence.Missing));

        // While the folder is gone the last good version answers and nothing is reloaded.
        Assert.Equal("eczema", knowledge.Ask("can probiotics help eczema").Section?.Id);
        Assert.Empty(reloads);

        CopyInto(Repository.KnowledgeDirectory, folder.Path);
        folder.Write("more/kombucha.md", NewSection);
        await Until(() => knowledge.Ask("what is kombucha").Section?.Id == "kombucha");

        // A later edit goes live too: the watch did not die with the first folder.
        folder.Write("more/kefir.md", NewSection.Replace("kombucha", "kefir", StringComparison.Ordinal).Replace("Kombucha", "Kefir", StringComparison.Ordinal));
        await Until(() => knowledge.Current.FindSection("kefir") is not null);

        Assert.Equal([KnowledgeFolderPresence.Missing, KnowledgeFolderPresence.Restored], presence);
        Assert.All(reloads, r => Assert.True(r.Swapped));
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not come true within the bound");
            await Task.Delay(50);
        }
    }

    private static void CopyInto(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
