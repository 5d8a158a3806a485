using GutSkin.Knowledge;

namespace GutSkin.Bot.Hosting;

/// <summary>Watches the knowledge folder while the host runs: a saved edit goes live within the debounce,
/// a broken edit keeps the previous good version live and logs what to fix.</summary>
internal sealed partial class KnowledgeReloadService(LiveKnowledge knowledge, ILogger<KnowledgeReloadService> logger) : IHostedService, IDisposable
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

        watcher = new KnowledgeFolderWatcher(knowledge, OnReloaded);
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
            return;
        }

        LogRejected(logger, outcome.Problems.Count);
        foreach (var problem in outcome.Problems)
        {
            LogProblem(logger, problem.ToString());
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
}
