using System.Diagnostics;
using System.Net;
using GutSkin.EndToEnd.Tests.Support;
using GutSkin.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace GutSkin.EndToEnd.Tests.Resilience;

/// <summary>
/// Real bot processes on a real PostgreSQL server that fails under signup load: killed as a crash would and restarted
/// six seconds later, or with every connection of the bot's database terminated. The bot must say it is not ready while
/// the database is down, answer again within 10 s of it coming back, and stop on SIGTERM within 10 s in every state.
/// </summary>
public sealed class PostgresOutageTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Allowed = TimeSpan.FromSeconds(10);

    private readonly PostgresServer server = new();
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly List<BotProcess> bots = [];
    private string? connectionString;

    [Fact]
    public async Task ServerKilledUnderLoadAndRestarted_NotReadyWhileDown_AnswersWithin10SecondsAndStopsOnSigtermInEveryState()
    {
        var (bot, other) = await StartBotsAsync();
        await using var load = new SignupLoad(bot, visitors: 16);
        await using var otherLoad = new SignupLoad(other, visitors: 2);
        Assert.True(await load.WaitForAnsweredAsync(0, 20, TimeSpan.FromSeconds(30)), $"The bot did not answer before the outage.\n{bot.Output}");

        var down = Stopwatch.StartNew();
        await server.StopImmediatelyAsync();

        var notReady = await WaitForReadinessAsync(bot, HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(5));
        output.WriteLine($"/readyz reported unhealthy {notReady.TotalSeconds:F1} s after the server was killed");
        var stopping = other.TerminateAsync(Allowed);

        await Task.Delay(TimeSpan.FromSeconds(6) - down.Elapsed is { Ticks: > 0 } rest ? rest : TimeSpan.Zero);
        await server.StartAsync();
        output.WriteLine($"The server was down for {down.Elapsed.TotalSeconds:F1} s");
        var stoppedWhileDown = await stopping;
        Assert.True(stoppedWhileDown is not null, $"SIGTERM did not stop the bot within {Allowed.TotalSeconds} s while the database was down.\n{other.Output}");
        output.WriteLine($"SIGTERM while the database was down: exited in {stoppedWhileDown.Value.TotalSeconds:F1} s");

        var recovered = await WaitForAnswerAsync(bot);
        output.WriteLine($"Recovered: the bot answered {recovered.TotalSeconds:F2} s after the server was back");
        await AssertRecoveredAsync(bot, load);

        var stoppedAfter = await bot.TerminateAsync(Allowed);
        Assert.True(stoppedAfter is not null, $"SIGTERM did not stop the bot within {Allowed.TotalSeconds} s after the database came back.\n{bot.Output}");
        output.WriteLine($"SIGTERM after recovery: exited in {stoppedAfter.Value.TotalSeconds:F1} s");
    }

    [Fact]
    public async Task ConnectionsTerminatedUnderLoad_AnswersAgainWithin10SecondsAndStopsOnSigterm()
    {
        var (bot, _) = await StartBotsAsync();
        await using var load = new SignupLoad(bot, visitors: 48);
        Assert.True(await load.WaitForAnsweredAsync(0, 20, TimeSpan.FromSeconds(30)), $"The bot did not answer before the connections were cut.\n{bot.Output}");

        var terminated = await server.TerminateConnectionsAsync(connectionString!);
        output.WriteLine($"pg_terminate_backend ended {terminated} connections of the bot's database");
        Assert.True(terminated > 0, "The bot had no connection to terminate.");

        var recovered = await WaitForAnswerAsync(bot);
        output.WriteLine($"Recovered: the bot answered {recovered.TotalSeconds:F2} s after its connections were terminated");
        await AssertRecoveredAsync(bot, load);

        var stopped = await bot.TerminateAsync(Allowed);
        Assert.True(stopped is not null, $"SIGTERM did not stop the bot within {Allowed.TotalSeconds} s.\n{bot.Output}");
    }

    [Fact]
    public async Task NetworkToTheDatabaseStalls_NotReadyQuickly_StopsOnSigterm_AnswersWhenItFlowsAgain()
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString);
        using var relay = new TcpRelay(new IPEndPoint(IPAddress.Loopback, database.Port));
        database.Port = relay.Port;
        var (bot, other) = await StartBotsAsync(database.ConnectionString);
        await using var load = new SignupLoad(bot, visitors: 16);
        await using var otherLoad = new SignupLoad(other, visitors: 4);
        Assert.True(await load.WaitForAnsweredAsync(0, 20, TimeSpan.FromSeconds(30)), $"The bot did not answer before the stall.\n{bot.Output}");

        relay.Freeze();

        var notReady = await WaitForReadinessAsync(bot, HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(5));
        output.WriteLine($"/readyz reported unhealthy {notReady.TotalSeconds:F1} s after the network stalled");
        var stopped = await other.TerminateAsync(Allowed);
        Assert.True(stopped is not null, $"SIGTERM did not stop the bot within {Allowed.TotalSeconds} s while the network stalled.\n{other.Output}");
        output.WriteLine($"SIGTERM while the network stalled: exited in {stopped.Value.TotalSeconds:F1} s");

        relay.Thaw();

        var recovered = await WaitForAnswerAsync(bot);
        output.WriteLine($"Recovered: the bot answered {recovered.TotalSeconds:F2} s after the network flowed again");
        await AssertRecoveredAsync(bot, load);
    }

    public async Task InitializeAsync()
    {
        await server.InitializeAsync();
        connectionString = await server.CreateDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var bot in bots)
        {
            await bot.DisposeAsync();
        }

        await server.DisposeAsync();
    }

    public void Dispose() => http.Dispose();

    private async Task<(BotProcess Bot, BotProcess Other)> StartBotsAsync(string? through = null)
    {
        // The connection string as an operator would write it: GutSkin's own pool sizes and timeouts apply.
        var plain = new NpgsqlConnectionStringBuilder(through ?? connectionString);
        plain.Remove("Maximum Pool Size");
        plain.Remove("Timeout");
        var environment = new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = plain.ConnectionString,
            ["RateLimits__PerClientPerMinute"] = "1000000",
            ["RateLimits__PerConversationPerMinute"] = "1000",
        };
        var starting = new[] { BotProcess.StartAsync(environment), BotProcess.StartAsync(environment) };
        try
        {
            await Task.WhenAll(starting);
        }
        finally
        {
            bots.AddRange(starting.Where(task => task.IsCompletedSuccessfully).Select(task => task.Result));
        }

        return (starting[0].Result, starting[1].Result);
    }

    /// <summary>Polls <c>/readyz</c> until it answers <paramref name="expected"/>; every poll must itself answer within 5 s.</summary>
    private async Task<TimeSpan> WaitForReadinessAsync(BotProcess bot, HttpStatusCode expected, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var last = "(no answer)";
        while (clock.Elapsed < timeout)
        {
            using var response = await GetReadinessAsync(bot);
            last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            if (response.StatusCode == expected)
            {
                return clock.Elapsed;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"/readyz did not answer {(int)expected} within {timeout.TotalSeconds} s; last: {last}\n{bot.Output}");
    }

    private async Task<HttpResponseMessage> GetReadinessAsync(BotProcess bot)
    {
        try
        {
            return await http.GetAsync(new Uri(bot.BaseAddress, "/readyz"));
        }
        catch (TaskCanceledException timedOut)
        {
            throw new TimeoutException($"/readyz did not answer within {http.Timeout.TotalSeconds} s: a load balancer would take the instance for hung.\n{bot.Output}", timedOut);
        }
    }

    /// <summary>
    /// Polls a new conversation until the bot answers a turn that needs the state written by the turn before (it greets
    /// the visitor by the name given in the previous turn); how long that took.
    /// </summary>
    private async Task<TimeSpan> WaitForAnswerAsync(BotProcess bot)
    {
        var clock = Stopwatch.StartNew();
        var last = "(no answer)";
        while (clock.Elapsed < Allowed)
        {
            var chat = new BotConversation(http, "probe-" + Guid.NewGuid().ToString("N"));
            try
            {
                await chat.SayAsync(bot, "sign me up for the trial");
                last = await chat.SayAsync(bot, "Ann Probe");
                if (last.Contains("Ann Probe", StringComparison.Ordinal))
                {
                    return clock.Elapsed;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException or TaskCanceledException)
            {
                last = exception.GetType().Name + ": " + exception.Message;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The bot did not answer within {Allowed.TotalSeconds} s of the database coming back; last: {last}\n{bot.Output}");
    }

    private async Task AssertRecoveredAsync(BotProcess bot, SignupLoad load)
    {
        await WaitForReadinessAsync(bot, HttpStatusCode.OK, TimeSpan.FromSeconds(5));
        Assert.True(
            await load.WaitForAnsweredAsync(load.Answered, 20, TimeSpan.FromSeconds(10)),
            $"The visitors already chatting were not answered again (answered {load.Answered}, failed {load.Failed}).\n{bot.Output}");
        output.WriteLine($"Signup load: {load.Answered} turns answered, {load.Failed} failed or timed out");
    }
}
