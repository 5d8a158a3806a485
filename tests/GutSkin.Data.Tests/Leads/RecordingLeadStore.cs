using System.Threading.Channels;

namespace GutSkin.Data.Tests.Leads;

/// <summary>A lead store that records each retention cutoff it is asked for, and can be told to fail the next purge.</summary>
internal sealed class RecordingLeadStore : ILeadStore
{
    private readonly Channel<DateTimeOffset> cutoffs = Channel.CreateUnbounded<DateTimeOffset>();
    private int failNext;
    private int purgeCount;

    /// <summary>How many purges were asked for.</summary>
    public int PurgeCount => Volatile.Read(ref purgeCount);

    /// <summary>Makes the next purge throw, as a database that is down would.</summary>
    public void FailNextPurge() => Volatile.Write(ref failNext, 1);

    /// <summary>Waits for the next purge and returns its cutoff (a failed purge is recorded too).</summary>
    public async Task<DateTimeOffset> NextPurgeAsync()
    {
        // A guard against a hang, not a timing assertion: a purge that is due happens at once.
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await cutoffs.Reader.ReadAsync(guard.Token);
    }

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref purgeCount);
        cutoffs.Writer.TryWrite(cutoff);
        return Interlocked.Exchange(ref failNext, 0) == 1
            ? Task.FromException<int>(new InvalidOperationException("The database is down."))
            : Task.FromResult(3);
    }

    public Task<LeadSaveResult> UpsertAsync(Lead lead, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Lead>> ListAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Lead>> ListForUserAsync(string userId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Lead>> ListForEmailAsync(string email, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<int> DeleteForEmailAsync(string email, DeletionRequester requester, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<LeadDeletion>> ListDeletionsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
}
