using System.Globalization;

namespace GutSkin.LoadTest;

/// <summary>Runs what the options ask for: the warm-up and the levels, the signup storm, or the report.</summary>
internal static class LoadTestApplication
{
    private const int WarmupConcurrency = 8;

    public static async Task<int> RunAsync(LoadOptions options, CancellationToken cancellationToken)
    {
        if (options.Report)
        {
            Console.Write(ResultsFile.Markdown(options.ResultsFile!));
            return 0;
        }

        // The run id keeps conversation ids and signup emails unique across runs against one store.
        var runId = DateTimeOffset.UtcNow.ToString("HHmmssfff", CultureInfo.InvariantCulture);
        using var client = new BotClient(options.Url!, options.Timeout);
        await WarmUpAsync(client, options, runId, cancellationToken);

        if (options.SignupStorm is not null)
        {
            var (storm, stormErrors) = await SignupStorm.RunAsync(client, options, runId, cancellationToken);
            await ReportAsync(options, storm, stormErrors, cancellationToken);
            var exact = storm.Errors == 0 && storm.SignupsCompleted == options.SignupStorm && (storm.LeadsInStore is null || storm.LeadsInStore == options.SignupStorm);
            return exact ? 0 : 3;
        }

        var failed = false;
        foreach (var concurrency in options.Concurrency)
        {
            var (result, errors) = await LoadLevel.RunAsync(client, options, concurrency, runId, cancellationToken);
            await ReportAsync(options, result with { Round = options.Round }, errors, cancellationToken);
            failed |= result.Errors > 0;
        }

        return failed ? 3 : 0;
    }

    private static async Task WarmUpAsync(BotClient client, LoadOptions options, string runId, CancellationToken cancellationToken)
    {
        if (options.Warmup == 0)
        {
            return;
        }

        // Sequential and unmeasured: JIT, connection set-up, the Recognizers' regex warm-up and the first search happen here.
        var sample = new LatencySample();
        var slowest = 0.0;
        for (var i = 0; i < options.Warmup; i++)
        {
            var turns = ConversationScript.For(options.Bot, TrafficMix.Mixed, $"{runId}w", i * 4);
            foreach (var turn in turns)
            {
                var outcome = await client.SendAsync($"{runId}-warmup-{i}", $"user-{runId}-warmup-{i}", turn, cancellationToken);
                sample.Add(turn, outcome);
                if (outcome.Milliseconds > slowest)
                {
                    slowest = outcome.Milliseconds;
                    Console.WriteLine(FormattableString.Invariant($"warm-up: {outcome.Milliseconds:0} ms for \"{turn.Text ?? "conversationUpdate"}\" (conversation {i})"));
                }
            }
        }

        Console.WriteLine(FormattableString.Invariant($"warm-up: {sample.Requests} requests, {sample.Errors} errors, p50 {sample.Percentile(50):0.0} ms"));
        foreach (var example in sample.ErrorExamples)
        {
            Console.WriteLine($"  warm-up error: {example}");
        }

        if (options.WarmupDuration > TimeSpan.Zero)
        {
            // A process keeps JIT-compiling for the first half-minute or so of traffic (tier-0, then optimised code for
            // the hot methods); the larger the program, the longer. Both bots get the same time before measurement.
            var (warm, _) = await LoadLevel.RunAsync(client, options, TrafficMix.Mixed, WarmupConcurrency, options.WarmupDuration, $"{runId}w", cancellationToken);
            Console.WriteLine(FormattableString.Invariant($"warm-up traffic: {warm.Requests} requests in {warm.Seconds:0.0} s, {warm.RequestsPerSecond:0.0} correct req/s, {warm.Errors} errors"));
        }
    }

    private static async Task ReportAsync(LoadOptions options, LevelResult result, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        Console.WriteLine(FormattableString.Invariant(
            $"{result.Label} [{result.Store}] {result.Kind} c={result.Concurrency}{(result.Round > 0 ? $" round {result.Round}" : string.Empty)}: {result.Requests} requests in {result.Seconds:0.0} s = {result.RequestsPerSecond:0.0} correct req/s, p50 {result.P50Milliseconds:0.0} ms, p99 {result.P99Milliseconds:0.0} ms, max {result.MaxMilliseconds:0} ms, errors {result.Errors}, conversations {result.Conversations}, signups {result.SignupsCompleted}"));
        foreach (var example in errors)
        {
            Console.WriteLine($"  error: {example}");
        }

        if (options.ResultsFile is not null)
        {
            await ResultsFile.AppendAsync(options.ResultsFile, result, cancellationToken);
        }
    }
}
