namespace GutSkin.Data;

/// <summary>One small analytics row per turn, for the staff dashboard.</summary>
public interface ITurnEventStore
{
    /// <summary>
    /// Stores a batch of rows in one transaction: all of them or, if any is refused, none. The bot does not call this
    /// on its turns; it hands each row to <see cref="ITurnEventSink"/>, whose background writer calls it.
    /// </summary>
    /// <param name="turns">The rows, in the order they happened.</param>
    /// <param name="cancellationToken">Cancels the write before it commits.</param>
    /// <returns>A task.</returns>
    Task AddAsync(IReadOnlyList<TurnEvent> turns, CancellationToken cancellationToken);

    /// <summary>Counts the turns from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive) per UTC day, kind and section, ordered by day, kind and section.</summary>
    /// <param name="from">The first instant counted.</param>
    /// <param name="to">The first instant not counted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One row per day, kind and section that had turns.</returns>
    Task<IReadOnlyList<TurnEventCount>> CountAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Deletes the rows of turns before <paramref name="cutoff"/>.</summary>
    /// <param name="cutoff">The oldest instant kept.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>The number of rows deleted.</returns>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
