using System.Diagnostics;

namespace GutSkin.LoadTest;

/// <summary>Starts every signup at once (one conversation per distinct email), then counts the leads through the CLI.</summary>
internal static class SignupStorm
{
    public static async Task<(LevelResult Result, IReadOnlyList<string> ErrorExamples)> RunAsync(
        BotClient client, LoadOptions options, string runId, CancellationToken cancellationToken)
    {
        var signups = options.SignupStorm!.Value;
        var sample = new LatencySample();
        var started = Stopwatch.GetTimestamp();
        var conversations = Enumerable.Range(0, signups).Select(index => Task.Run(
            () => ConversationRunner.RunAsync(client, ConversationScript.StormSignup(options.Bot, runId, index),
                $"{runId}-storm-{index}", $"user-{runId}-storm-{index}", sample, null, cancellationToken),
            cancellationToken));
        await Task.WhenAll(conversations);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var result = sample.ToResult(options.Label, options.Store, "storm", signups, seconds);
        if (options.CliPath is not null)
        {
            var (allRows, runRows) = await LeadCounter.CountAsync(options, runId, cancellationToken);
            Console.WriteLine($"signup storm: {signups} signups sent, {sample.SignupsCompleted} confirmed by the bot, {runRows} leads for this run in the store (leads export --csv: {allRows} rows in all)");
            result = result with { LeadsInStore = runRows };
        }

        return (result, sample.ErrorExamples);
    }
}
