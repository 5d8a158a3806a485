using System.Diagnostics;

namespace GutSkin.EndToEnd.Tests.Support;

/// <summary>
/// Visitors signing up for the trial on one bot, several at once, over and over, each in a conversation of its own,
/// until stopped. A turn counts as answered when the bot replied 200 with a reply that is not its apology; a failed
/// turn starts that visitor over in a new conversation. Used to keep a bot busy while its database fails.
/// </summary>
internal sealed class SignupLoad : IAsyncDisposable
{
    /// <summary>A whole trial signup, one message a step; {email} is replaced by a fresh address.</summary>
    internal static readonly string[] Steps =
        ["sign me up for the trial", "Ann Loadtest", "{email}", "12 High Street, Bristol, BS1 4DJ", "skip", "34", "no", "yes"];

    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly CancellationTokenSource stop = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<Task> visitors;
    private readonly BotProcess bot;
    private long answered;
    private long failed;

    public SignupLoad(BotProcess bot, int visitors)
    {
        this.bot = bot;
        this.visitors = [.. Enumerable.Range(0, visitors).Select(_ => Task.Run(VisitAsync))];
    }

    /// <summary>Turns the bot answered so far.</summary>
    public long Answered => Interlocked.Read(ref answered);

    /// <summary>Turns that failed or timed out so far.</summary>
    public long Failed => Interlocked.Read(ref failed);

    /// <summary>Waits until the bot has answered <paramref name="more"/> turns beyond <paramref name="since"/>.</summary>
    public async Task<bool> WaitForAnsweredAsync(long since, long more, TimeSpan timeout)
    {
        var deadline = clock.Elapsed + timeout;
        while (clock.Elapsed < deadline)
        {
            if (Answered >= since + more)
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await Task.WhenAll(visitors);
        stop.Dispose();
        http.Dispose();
    }

    private async Task VisitAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var chat = new BotConversation(http, "load-" + Guid.NewGuid().ToString("N"));
            var email = $"ann.{Guid.NewGuid():N}@example.com";
            foreach (var step in Steps)
            {
                if (stop.IsCancellationRequested || !await TurnAsync(chat, step.Replace("{email}", email, StringComparison.Ordinal)))
                {
                    break;
                }
            }
        }
    }

    private async Task<bool> TurnAsync(BotConversation chat, string text)
    {
        try
        {
            var reply = await chat.SayAsync(bot, text);
            if (reply.Length > 0 && !reply.Contains("Sorry, something went wrong", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref answered);
                return true;
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            // A refused, failed or timed-out turn while the database is down: counted, and this visitor starts over.
        }

        Interlocked.Increment(ref failed);
        if (!stop.IsCancellationRequested)
        {
            // Fail slower than succeed, as a visitor retrying would, rather than spinning on a refusing bot.
            await Task.Delay(250);
        }

        return false;
    }
}
