using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GutSkin.Knowledge;

/// <summary>Watches the knowledge folder while the host runs: a saved edit goes live once the file is stable, a broken
/// edit keeps the previous good version live and logs what to fix, and a folder that goes missing keeps the last good
/// version live until it is back.</summary>
internal sealed partial class KnowledgeReloadService(
    LiveKnowledge knowledge,
    IOptions<KnowledgeOptions> options,
    ILogger<KnowledgeReloadService> logger) : IHostedService, IDisposable
{
    private KnowledgeFolderWatcher? watcher;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var current = knowledge.Current;
        LogLoaded(logger, current.Sections.Count, current.Directory);
        foreach (var problem in current.Problems)
        {
            LogProblem(logger, problem.ToString());
        }

        watcher = new KnowledgeFolderWatcher(knowledge, OnReloaded, options.Value.ToWatchOptions(), OnPresenceChanged);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        watcher?.Dispose();
        watcher = null;
    }

    private void OnReloaded(ReloadOutcome outcome)
    {
        if (outcome.Swapped)
        {
            LogReloaded(logger, knowledge.Current.Sections.Count);
            foreach (var warning in outcome.Warnings)
            {
                LogProblem(logger, warning.ToString());
            }

            return;
        }

        LogRejected(logger, outcome.Problems.Count);
        foreach (var problem in outcome.Problems)
        {
            LogProblem(logger, problem.ToString());
        }
    }

    private void OnPresenceChanged(KnowledgeFolderPresence presence)
    {
        var current = knowledge.Current;
        if (presence == KnowledgeFolderPresence.Missing)
        {
            LogMissing(logger, current.Directory, current.Sections.Count);
        }
        else
        {
            LogRestored(logger, current.Directory);
        }
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Knowledge loaded: {Sections} sections from {Directory}")]
    private static partial void LogLoaded(ILogger logger, int sections, string directory);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Knowledge reloaded: {Sections} sections are live")]
    private static partial void LogReloaded(ILogger logger, int sections);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "Knowledge edit rejected ({Count} problems); the previous version stays live")]
    private static partial void LogRejected(ILogger logger, int count);

    [LoggerMessage(EventId = 13, Level = LogLevel.Warning, Message = "Knowledge problem: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(EventId = 14, Level = LogLevel.Warning, Message = "Knowledge folder {Directory} is missing; the {Sections} sections loaded last stay live until it is back")]
    private static partial void LogMissing(ILogger logger, string directory, int sections);

    [LoggerMessage(EventId = 15, Level = LogLevel.Information, Message = "Knowledge folder {Directory} is back; its content goes live once its files are stable")]
    private static partial void LogRestored(ILogger logger, string directory);
}
