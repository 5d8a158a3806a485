using System.Diagnostics;

namespace GutSkin.LoadTest;

/// <summary>One measured run: <c>concurrency</c> simulated users, each playing conversations back to back until the
/// duration is up or the conversation budget is spent.</summary>
internal static class LoadLevel
{
    public static async Task<(LevelResult Result, IReadOnlyList<string> ErrorExamples)> RunAsync(
        BotClient client, LoadOptions options, int concurrency, string runId, CancellationToken cancellationToken) =>
        await RunAsync(client, options, options.Mix, concurrency, options.Conversations is null ? options.Duration : null, runId, cancellationToken);

    /// <summary>The same, for <paramref name="duration"/> (or the options' conversation budget when null) with <paramref name="mix"/>.</summary>
    public static async Task<(LevelResult Result, IReadOnlyList<string> ErrorExamples)> RunAsync(
        BotClient client, LoadOptions options, TrafficMix mix, int concurrency, TimeSpan? duration, string runId, CancellationToken cancellationToken)
    {
        var sample = new LatencySample();
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        DateTimeOffset? stopAt = duration is { } length ? DateTimeOffset.UtcNow + length : null;

        async Task WorkerAsync()
        {
            while (true)
            {
                if (stopAt is { } stop && DateTimeOffset.UtcNow >= stop)
                {
                    return;
                }

                var index = Interlocked.Increment(ref next);
                if (stopAt is null && options.Conversations is { } budget && index >= budget)
                {
                    return;
                }

                // The level is part of the id so that every signup email is new, not an update of an earlier level's lead.
                var turns = ConversationScript.For(options.Bot, mix, $"{runId}c{concurrency}", index);
                await ConversationRunner.RunAsync(client, turns, $"{runId}-c{concurrency}-{index}", $"user-{runId}-{concurrency}-{index}",
                    sample, stopAt, cancellationToken);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync, cancellationToken)));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return (sample.ToResult(options.Label, options.Store, mix.ToString().ToLowerInvariant(), concurrency, seconds), sample.ErrorExamples);
    }
}
