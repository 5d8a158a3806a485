using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GutSkin.Data.TurnEvents;

/// <summary>
/// The turn analytics rows' way to the database: turns queue their rows in a bounded channel (no database I/O in the
/// turn), and this background service writes what is queued in one transaction per batch, every
/// <see cref="DataOptions.EventFlushMilliseconds"/> or as soon as <see cref="DataOptions.EventBatchSize"/> rows wait, and
/// once more when the host stops. One row per turn written inside the turn cost about 10 % of the throughput on SQLite,
/// whose single writer made every turn queue behind the others' analytics rows (bench/LOAD.md, seventh run). Batches are
/// small and each takes the write lock on its own, so that a turn writing its state waits for one small batch at most:
/// batches of 500 rows held SQLite's write lock for several milliseconds at a time, during which every turn of the
/// instance waited (bench/LOAD.md, ninth and tenth runs).
/// </summary>
internal sealed partial class TurnEventWriter : BackgroundService, ITurnEventSink
{
    private readonly ITurnEventStore store;
    private readonly ILogger<TurnEventWriter> logger;
    private readonly int batchSize;
    private readonly TimeSpan interval;
    private readonly Channel<TurnEvent> queue;

    // Never disposed: Record may still run while the host is disposed, and neither holds an OS handle unless
    // AvailableWaitHandle is used.
    private readonly SemaphoreSlim writing = new(1, 1);
    private readonly SemaphoreSlim batchFull = new(0);

    // The batch being written, under `writing`. A write cancelled before its commit leaves it here for the next one.
    private readonly List<TurnEvent> batch = [];
    private int batchFullSignalled;

    // Rows dropped from a full queue since the last log line: logged once per batch, not once per row.
    private long droppedWhenFull;

    /// <summary>Creates the queue; nothing is written until <see cref="FlushAsync"/> or the host starts the service.</summary>
    /// <param name="store">Where the rows go.</param>
    /// <param name="options">The batch size, interval and queue capacity.</param>
    /// <param name="logger">Logs failed batches and dropped rows (counts only: the rows hold no personal data anyway).</param>
    public TurnEventWriter(ITurnEventStore store, IOptions<DataOptions> options, ILogger<TurnEventWriter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.store = store;
        this.logger = logger;
        batchSize = options.Value.EventBatchSize;
        interval = TimeSpan.FromMilliseconds(options.Value.EventFlushMilliseconds);

        // DropOldest rather than Wait: a full queue means the database is far behind, and a turn must not wait for it.
        queue = Channel.CreateBounded<TurnEvent>(
            new BoundedChannelOptions(options.Value.EventQueueCapacity) { FullMode = BoundedChannelFullMode.DropOldest },
            _ =>
            {
                Interlocked.Increment(ref droppedWhenFull);
                DataMetrics.TurnEventsDropped(1, "queue_full");
            });
    }

    /// <inheritdoc />
    public void Record(TurnEvent turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        queue.Writer.TryWrite(turn);
        if (queue.Reader.Count >= batchSize && Interlocked.Exchange(ref batchFullSignalled, 1) == 0)
        {
            batchFull.Release();
        }
    }

    /// <inheritdoc />
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await writing.WaitAsync(cancellationToken);
        try
        {
            ReportDroppedWhenFull();

            // Only what is queued now, so that a flush ends under steady traffic.
            var left = queue.Reader.Count;
            while (true)
            {
                while (batch.Count < batchSize && left > 0 && queue.Reader.TryRead(out var turn))
                {
                    batch.Add(turn);
                    left--;
                }

                if (batch.Count == 0)
                {
                    return;
                }

                await WriteBatchAsync(cancellationToken);
                batch.Clear();
            }
        }
        finally
        {
            writing.Release();
        }
    }

    /// <summary>Stops the background loop, then writes what is still queued within the host's shutdown timeout.</summary>
    /// <param name="cancellationToken">Fires when the host's shutdown timeout is over.</param>
    /// <returns>A task.</returns>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            // A write in flight is left to finish or time out on its own (see WriteBatchAsync); the host stops waiting.
            await FlushAsync(CancellationToken.None).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogNotWrittenAtStop(queue.Reader.Count + batch.Count);
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                // Gather rows for one interval, or until a batch is full, so that one transaction carries many turns.
                await batchFull.WaitAsync(interval, stoppingToken);
                Volatile.Write(ref batchFullSignalled, 0);
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: StopAsync writes what is left, including a batch this cancelled.
        }
    }

    // Tries twice; a batch refused twice is dropped with a log line, so that a broken database never stops the host.
    // A cancellation between the tries leaves the batch in place for the next write. The statements themselves are
    // never cancelled: Npgsql cancels a running statement by sending a cancel request over a new connection,
    // synchronously, on the thread that cancels the token, and with the network to the database stalled that held the
    // host's shutdown for 5 s or more (SIGTERM did not stop the bot within 10 s). A statement ends by its command timeout.
    private async Task WriteBatchAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.AddAsync(batch, CancellationToken.None);
            return;
        }
        catch (Exception exception)
        {
            LogRetrying(batch.Count, exception.GetType().Name);
        }

        await Task.Delay(interval, cancellationToken);
        try
        {
            await store.AddAsync(batch, CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogDropped(exception, batch.Count);
            DataMetrics.TurnEventsDropped(batch.Count, "write_failed");
        }
    }

    private void ReportDroppedWhenFull()
    {
        var dropped = Interlocked.Exchange(ref droppedWhenFull, 0);
        if (dropped > 0)
        {
            LogQueueFull(dropped);
        }
    }

    [LoggerMessage(EventId = 130, Level = LogLevel.Warning, Message = "Turn events: writing a batch of {Count} rows failed ({Error}); trying once more")]
    private partial void LogRetrying(int count, string error);

    [LoggerMessage(EventId = 131, Level = LogLevel.Error, Message = "Turn events: a batch of {Count} rows failed twice and was dropped")]
    private partial void LogDropped(Exception exception, int count);

    [LoggerMessage(EventId = 132, Level = LogLevel.Warning, Message = "Turn events: the queue was full, so the oldest {Count} rows were dropped; the database is not keeping up")]
    private partial void LogQueueFull(long count);

    [LoggerMessage(EventId = 133, Level = LogLevel.Warning, Message = "Turn events: the host stopped before {Count} queued rows were written")]
    private partial void LogNotWrittenAtStop(int count);
}
