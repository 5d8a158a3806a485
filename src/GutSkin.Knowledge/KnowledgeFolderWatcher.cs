namespace GutSkin.Knowledge;

/// <summary>
/// Watches the knowledge folder and reloads shortly after the last change, so that a saved edit is
/// live within about a second and an editor's burst of writes causes one reload, not ten.
/// </summary>
public sealed class KnowledgeFolderWatcher : IDisposable
{
    private static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(300);

    private readonly LiveKnowledge knowledge;
    private readonly Action<ReloadOutcome> onReloaded;
    private readonly FileSystemWatcher watcher;
    private readonly Timer timer;
    private readonly TimeSpan debounce;

    /// <summary>Starts watching <see cref="LiveKnowledge.Current"/>'s folder.</summary>
    /// <param name="knowledge">The knowledge to reload.</param>
    /// <param name="onReloaded">Told of every reload, including the ones that kept the previous version.</param>
    /// <param name="debounce">How long the folder must stay quiet before a reload.</param>
    public KnowledgeFolderWatcher(LiveKnowledge knowledge, Action<ReloadOutcome> onReloaded, TimeSpan? debounce = null)
    {
        this.knowledge = knowledge;
        this.onReloaded = onReloaded;
        this.debounce = debounce ?? DefaultDebounce;
        timer = new Timer(_ => ReloadNow(), null, Timeout.Infinite, Timeout.Infinite);
        watcher = new FileSystemWatcher(knowledge.Current.Directory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, _) => Schedule();
        watcher.Created += (_, _) => Schedule();
        watcher.Deleted += (_, _) => Schedule();
        watcher.Renamed += (_, _) => Schedule();
        watcher.Error += (_, _) => Schedule();
        watcher.EnableRaisingEvents = true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        watcher.Dispose();
        timer.Dispose();
    }

    private void Schedule() => timer.Change(debounce, Timeout.InfiniteTimeSpan);

    private void ReloadNow()
    {
        ReloadOutcome outcome;
        try
        {
            outcome = knowledge.Reload();
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        onReloaded(outcome);
    }
}
