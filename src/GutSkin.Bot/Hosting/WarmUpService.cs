using GutSkin.Bot.Recognition;
using GutSkin.Knowledge;

namespace GutSkin.Bot.Hosting;

/// <summary>
/// Runs the knowledge search and the Recognizers once before the host takes traffic: their first call compiles
/// regular expressions and JITs the search (0.5 to 1.8 s measured), which the first visitor should not wait for.
/// </summary>
internal sealed partial class WarmUpService(LiveKnowledge knowledge, TimeProvider time, ILogger<WarmUpService> logger) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        knowledge.Ask("can probiotics help eczema");
        EmailRecognizer.Find("jane@example.com");
        PhoneRecognizer.Find("07700 900123");
        AgeRecognizer.Read("born 3 March 1990", DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        LogWarmedUp(logger, time.GetElapsedTime(started).TotalMilliseconds);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Search and recognizers warmed up in {Milliseconds:0} ms")]
    private static partial void LogWarmedUp(ILogger logger, double milliseconds);
}
