namespace GutSkin.Data;

/// <summary>
/// Where a turn puts its analytics row: a bounded queue in memory that a background writer empties into
/// <see cref="ITurnEventStore"/> in batches, so that a turn neither waits for the database nor fails because of it.
/// </summary>
public interface ITurnEventSink
{
    /// <summary>Queues one turn's row and returns at once. When the queue is full, the oldest waiting row is dropped
    /// (logged and counted): analytics may be lost under overload, a turn is never held up.</summary>
    /// <param name="turn">The row, already free of personal data.</param>
    void Record(TurnEvent turn);

    /// <summary>Writes every row queued before the call. For readers that must see this instance's latest turns (the
    /// dashboard, tests); the background writer does the same every few hundred milliseconds.</summary>
    /// <param name="cancellationToken">Stops waiting; a batch being written when it fires stays queued.</param>
    /// <returns>A task that ends when those rows are stored, or dropped after a second failure (logged).</returns>
    Task FlushAsync(CancellationToken cancellationToken);
}
