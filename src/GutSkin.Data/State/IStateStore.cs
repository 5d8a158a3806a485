namespace GutSkin.Data;

/// <summary>Bot state documents (JSON) with optimistic concurrency.</summary>
public interface IStateStore
{
    /// <summary>Reads the documents that exist among <paramref name="keys"/>; missing keys are left out.</summary>
    /// <param name="keys">The keys to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The stored documents by key.</returns>
    Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Writes all documents in one transaction, or none. A write with an <see cref="DocumentWrite.ExpectedETag"/>
    /// other than <see langword="null"/> or <c>"*"</c> succeeds only while the stored document still has that ETag.
    /// Every written document gets a new ETag.
    /// </summary>
    /// <param name="writes">The documents to write.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ETagConflictException">A conditional write found a different ETag or no document.</exception>
    Task WriteAsync(IReadOnlyCollection<DocumentWrite> writes, CancellationToken cancellationToken);

    /// <summary>Deletes the documents with these keys; missing keys are ignored.</summary>
    /// <param name="keys">The keys to delete.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the documents last written before <paramref name="cutoff"/>: conversations (a signup in progress
    /// included) and users that have not been written to since. A document written after the cutoff is kept.
    /// </summary>
    /// <param name="cutoff">The oldest last write kept.</param>
    /// <param name="cancellationToken">Stops the delete between batches.</param>
    /// <returns>The number of documents deleted.</returns>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
