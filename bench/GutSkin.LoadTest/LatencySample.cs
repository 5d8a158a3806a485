namespace GutSkin.LoadTest;

/// <summary>Latencies and outcomes gathered by the workers of one run; thread-safe.</summary>
internal sealed class LatencySample
{
    private const int MaxErrorExamples = 5;

    private readonly Lock gate = new();
    private readonly List<double> milliseconds = [];
    private readonly List<string> errorExamples = [];
    private int errors;
    private int signupsCompleted;
    private int conversations;

    public int Requests
    {
        get
        {
            lock (gate)
            {
                return milliseconds.Count;
            }
        }
    }

    public int Errors => Volatile.Read(ref errors);

    public int SignupsCompleted => Volatile.Read(ref signupsCompleted);

    public int Conversations => Volatile.Read(ref conversations);

    public IReadOnlyList<string> ErrorExamples
    {
        get
        {
            lock (gate)
            {
                return [.. errorExamples];
            }
        }
    }

    public void Add(Turn turn, TurnOutcome outcome)
    {
        lock (gate)
        {
            milliseconds.Add(outcome.Milliseconds);
            if (outcome.Error is not null && errorExamples.Count < MaxErrorExamples)
            {
                errorExamples.Add(outcome.Error);
            }
        }

        if (outcome.Error is not null)
        {
            Interlocked.Increment(ref errors);
        }
        else if (turn.CompletesSignup)
        {
            Interlocked.Increment(ref signupsCompleted);
        }
    }

    public void ConversationStarted() => Interlocked.Increment(ref conversations);

    /// <summary>The latency below which <paramref name="percent"/> of the requests finished (nearest rank).</summary>
    public double Percentile(double percent)
    {
        lock (gate)
        {
            if (milliseconds.Count == 0)
            {
                return 0;
            }

            var sorted = milliseconds.Order().ToArray();
            var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
            return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
        }
    }

    public LevelResult ToResult(string label, string store, string kind, int concurrency, double seconds) =>
        new(label, store, kind, concurrency, Conversations, Requests, Math.Round(seconds, 2),
            // Only correct replies count as throughput: a server that answers 429 fast must not look fast.
            Math.Round(seconds > 0 ? (Requests - Errors) / seconds : 0, 1),
            Math.Round(Percentile(50), 1), Math.Round(Percentile(99), 1), Math.Round(Percentile(100), 1),
            Errors, SignupsCompleted);
}
