using System.Diagnostics;

namespace GutSkin.Knowledge;

/// <summary>
/// Watches the knowledge folder and reloads once a change has settled: a saved edit is live within about a second,
/// an editor's burst of writes causes one reload, and a file still being written never goes live half-written.
/// </summary>
/// <remarks>
/// Two sources of changes, because either alone loses edits. A <see cref="FileSystemWatcher"/> reports a save at
/// once, but it watches one folder instance: when the folder is deleted and restored (or replaced by a rename, or its
/// event queue overflows) it goes quiet for good, and on network shares (App Service's <c>/home</c>, a bind mount
/// from another machine) it may never fire. So the folder is also stamped (every file's name, size and time, no file
/// opened) every <see cref="KnowledgeWatchOptions.PollEvery"/>; a missed change is then picked up within that, and the
/// watcher is re-armed whenever the folder comes back or the watcher reports an error. Either source only asks for a
/// check; a change goes live when two stamps <see cref="KnowledgeWatchOptions.StableFor"/> apart are equal.
/// </remarks>
public sealed class KnowledgeFolderWatcher : IDisposable
{
    // An event asks for a check this soon: the first check notes the change, a later one finds it stable.
    private static readonly TimeSpan EventDelay = TimeSpan.FromMilliseconds(50);

    private readonly LiveKnowledge knowledge;
    private readonly Action<ReloadOutcome> onReloaded;
    private readonly Action<KnowledgeFolderPresence>? onPresenceChanged;
    private readonly KnowledgeWatchOptions options;
    private readonly string directory;
    private readonly Timer timer;
    private readonly Lock checking = new();
    private FileSystemWatcher? events;
    private FolderStamp? loaded;
    private FolderStamp? changed;
    private long changedSince;
    private bool missing;
    private volatile bool eventArrived;
    private volatile bool rearm;
    private volatile bool disposed;

    /// <summary>Starts watching <see cref="LiveKnowledge.Current"/>'s folder.</summary>
    /// <param name="knowledge">The knowledge to reload.</param>
    /// <param name="onReloaded">Told of every reload, including the ones that kept the previous version.</param>
    /// <param name="options">How long a change must settle and how often the folder is checked; the defaults when null.</param>
    /// <param name="onPresenceChanged">Told when the folder goes missing and when it is back.</param>
    public KnowledgeFolderWatcher(
        LiveKnowledge knowledge,
        Action<ReloadOutcome> onReloaded,
        KnowledgeWatchOptions? options = null,
        Action<KnowledgeFolderPresence>? onPresenceChanged = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(onReloaded);
        this.knowledge = knowledge;
        this.onReloaded = onReloaded;
        this.onPresenceChanged = onPresenceChanged;
        this.options = options ?? new KnowledgeWatchOptions();
        directory = knowledge.Current.Directory;
        loaded = FolderStamp.Take(directory);
        missing = loaded is null;
        timer = new Timer(_ => Check(), null, Timeout.Infinite, Timeout.Infinite);
        lock (checking)
        {
            Arm();
            timer.Change(missing ? EventDelay : this.options.PollEvery, Timeout.InfiniteTimeSpan);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Not under the check's lock: a reload in progress must not hold up the host's shutdown.
        disposed = true;
        timer.Dispose();
        Interlocked.Exchange(ref events, null)?.Dispose();
    }

    private void OnEvent()
    {
        eventArrived = true;
        Request(EventDelay);
    }

    private void OnError()
    {
        rearm = true;
        Request(EventDelay);
    }

    private void Request(TimeSpan delay)
    {
        try
        {
            timer.Change(delay, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // An event raced with Dispose: nothing is watched any more.
        }
    }

    private void Check()
    {
        lock (checking)
        {
            if (disposed)
            {
                return;
            }

            var announced = eventArrived;
            eventArrived = false;
            var next = CheckOnce(announced);
            if (eventArrived)
            {
                // Something was written while this check ran (or reloaded): look again soon, not a poll later.
                next = EventDelay;
            }

            Request(next);
        }
    }

    // Returns when to check next; announced: the watcher reported something since the last check.
    private TimeSpan CheckOnce(bool announced)
    {
        var stamp = FolderStamp.Take(directory);
        if (stamp is null)
        {
            changed = null;
            if (!missing)
            {
                missing = true;
                Interlocked.Exchange(ref events, null)?.Dispose();
                onPresenceChanged?.Invoke(KnowledgeFolderPresence.Missing);
            }

            return options.PollEvery;
        }

        if (missing)
        {
            missing = false;
            rearm = true;
            onPresenceChanged?.Invoke(KnowledgeFolderPresence.Restored);
        }

        if (rearm || events is null)
        {
            Arm();
        }

        if (stamp.Equals(loaded))
        {
            changed = null;
            return options.PollEvery;
        }

        if (!stamp.Equals(changed))
        {
            if (changed is null && !announced)
            {
                // The poll found a change the watcher did not report: it may watch a folder that was replaced.
                Arm();
            }

            changed = stamp;
            changedSince = Stopwatch.GetTimestamp();
            return options.StableFor;
        }

        var settled = Stopwatch.GetElapsedTime(changedSince);
        if (settled < options.StableFor)
        {
            return options.StableFor - settled;
        }

        // Noted before the reload reads the files: a write during the reload leaves the folder unequal to this
        // stamp, so it is reloaded again once it settles.
        loaded = stamp;
        changed = null;
        ReloadOutcome outcome;
        try
        {
            outcome = knowledge.Reload();
        }
        catch (ObjectDisposedException)
        {
            return Timeout.InfiniteTimeSpan;
        }

        onReloaded(outcome);
        return options.PollEvery;
    }

    private void Arm()
    {
        rearm = false;
        Interlocked.Exchange(ref events, null)?.Dispose();
        if (missing)
        {
            return;
        }

        FileSystemWatcher? watcher = null;
        try
        {
            watcher = new FileSystemWatcher(directory)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, _) => OnEvent();
            watcher.Created += (_, _) => OnEvent();
            watcher.Deleted += (_, _) => OnEvent();
            watcher.Renamed += (_, _) => OnEvent();
            watcher.Error += (_, _) => OnError();
            watcher.EnableRaisingEvents = true;
        }
        catch (Exception exception) when (exception is ArgumentException or IOException or PlatformNotSupportedException)
        {
            // The folder vanished in between, or the system's watch limit is reached: the poll still sees every
            // change, and the next check tries again.
            watcher?.Dispose();
            return;
        }

        if (disposed)
        {
            watcher.Dispose();
        }
        else
        {
            events = watcher;
        }
    }
}
