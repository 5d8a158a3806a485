using System.Text.Json;
using GutSkin.Data.State;

namespace GutSkin.Data.Tests.State;

/// <summary>The <see cref="IStateStore"/> contract, run against every storage provider.</summary>
public abstract class StateStoreTests : IAsyncLifetime
{
    private readonly StorageUnderTest storage;
    private readonly IStateStore store;

    private protected StateStoreTests(StorageUnderTest storage)
    {
        this.storage = storage;
        store = new StateStore(storage.OpenInstance());
    }

    [Fact]
    public async Task Read_MissingKey_LeavesItOut()
    {
        await store.WriteAsync([new DocumentWrite("a", """{"n":1}""", null)], CancellationToken.None);

        var documents = await store.ReadAsync(["a", "missing"], CancellationToken.None);

        Assert.Equal(["a"], documents.Keys);
        Assert.Equal("""{"n":1}""", documents["a"].Json);
    }

    [Fact]
    public async Task Read_Document_ReturnsJsonExactlyAsWritten()
    {
        const string json = """{ "b" : [1, 2.50],   "a":"ünï\u00e9" }""";
        await store.WriteAsync([new DocumentWrite("a", json, null)], CancellationToken.None);

        var document = (await store.ReadAsync(["a"], CancellationToken.None))["a"];

        Assert.Equal(json, document.Json);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*")]
    public async Task Write_WithoutExpectedETag_OverwritesAndChangesETag(string? expectedETag)
    {
        await store.WriteAsync([new DocumentWrite("a", """{"n":1}""", null)], CancellationToken.None);
        var first = (await store.ReadAsync(["a"], CancellationToken.None))["a"];

        await store.WriteAsync([new DocumentWrite("a", """{"n":2}""", expectedETag)], CancellationToken.None);

        var second = (await store.ReadAsync(["a"], CancellationToken.None))["a"];
        Assert.Equal("""{"n":2}""", second.Json);
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.False(string.IsNullOrEmpty(second.ETag));
    }

    [Fact]
    public async Task Write_WithCurrentETag_Succeeds()
    {
        await store.WriteAsync([new DocumentWrite("a", """{"n":1}""", null)], CancellationToken.None);
        var current = (await store.ReadAsync(["a"], CancellationToken.None))["a"];

        await store.WriteAsync([new DocumentWrite("a", """{"n":2}""", current.ETag)], CancellationToken.None);

        Assert.Equal("""{"n":2}""", (await store.ReadAsync(["a"], CancellationToken.None))["a"].Json);
    }

    [Fact]
    public async Task Write_WithStaleETag_ThrowsConflictAndKeepsNewerDocument()
    {
        await store.WriteAsync([new DocumentWrite("a", """{"n":1}""", null)], CancellationToken.None);
        var stale = (await store.ReadAsync(["a"], CancellationToken.None))["a"];
        await store.WriteAsync([new DocumentWrite("a", """{"n":2}""", stale.ETag)], CancellationToken.None);

        var conflict = await Assert.ThrowsAsync<ETagConflictException>(
            () => store.WriteAsync([new DocumentWrite("a", """{"n":3}""", stale.ETag)], CancellationToken.None));

        Assert.Equal("a", conflict.Key);
        Assert.Equal("""{"n":2}""", (await store.ReadAsync(["a"], CancellationToken.None))["a"].Json);
    }

    [Fact]
    public async Task Write_WithStaleETagFromAnotherInstance_ThrowsConflict()
    {
        var otherInstance = new StateStore(storage.OpenInstance());
        await store.WriteAsync([new DocumentWrite("a", """{"n":1}""", null)], CancellationToken.None);
        var readHere = (await store.ReadAsync(["a"], CancellationToken.None))["a"];
        var readThere = (await otherInstance.ReadAsync(["a"], CancellationToken.None))["a"];
        await otherInstance.WriteAsync([new DocumentWrite("a", """{"n":2}""", readThere.ETag)], CancellationToken.None);

        await Assert.ThrowsAsync<ETagConflictException>(
            () => store.WriteAsync([new DocumentWrite("a", """{"n":3}""", readHere.ETag)], CancellationToken.None));

        Assert.Equal("""{"n":2}""", (await store.ReadAsync(["a"], CancellationToken.None))["a"].Json);
    }

    [Fact]
    public async Task Write_WithETagForDeletedDocument_ThrowsConflict()
    {
        await store.WriteAsync([new DocumentWrite("a", """{"n":1}""", null)], CancellationToken.None);
        var read = (await store.ReadAsync(["a"], CancellationToken.None))["a"];
        await store.DeleteAsync(["a"], CancellationToken.None);

        await Assert.ThrowsAsync<ETagConflictException>(
            () => store.WriteAsync([new DocumentWrite("a", """{"n":2}""", read.ETag)], CancellationToken.None));

        Assert.Empty(await store.ReadAsync(["a"], CancellationToken.None));
    }

    [Fact]
    public async Task Write_BatchWithOneConflict_WritesNothing()
    {
        await store.WriteAsync([new DocumentWrite("a", """{"n":1}""", null)], CancellationToken.None);

        await Assert.ThrowsAsync<ETagConflictException>(() => store.WriteAsync(
            [new DocumentWrite("b", """{"n":1}""", null), new DocumentWrite("a", """{"n":2}""", "not-the-etag")],
            CancellationToken.None));

        var documents = await store.ReadAsync(["a", "b"], CancellationToken.None);
        Assert.Equal(["a"], documents.Keys);
        Assert.Equal("""{"n":1}""", documents["a"].Json);
    }

    [Fact]
    public async Task Delete_SomeKeys_RemovesOnlyThose()
    {
        await store.WriteAsync(
            [new DocumentWrite("a", "{}", null), new DocumentWrite("b", "{}", null), new DocumentWrite("c", "{}", null)],
            CancellationToken.None);

        await store.DeleteAsync(["a", "c", "missing"], CancellationToken.None);

        Assert.Equal(["b"], (await store.ReadAsync(["a", "b", "c"], CancellationToken.None)).Keys);
    }

    [Fact]
    public async Task Write_TwentyConcurrentIncrementsFromTwoInstancesWithRetry_LosesNoUpdate()
    {
        const string key = "counter";
        const int writers = 20;
        await store.WriteAsync([new DocumentWrite(key, """{"count":0}""", null)], CancellationToken.None);

        // Every writer reads before any writes, so the race is certain rather than left to the scheduler;
        // half go through a second instance with its own connections, as a second bot instance would.
        var otherInstance = new StateStore(storage.OpenInstance());
        var allHaveRead = new CountdownGate(writers);
        var conflicts = await Task.WhenAll(Enumerable.Range(0, writers)
            .Select(i => Task.Run(() => IncrementAsync(i % 2 == 0 ? store : otherInstance, key, allHaveRead))));

        var final = (await store.ReadAsync([key], CancellationToken.None))[key];
        Assert.Equal(writers, ReadCount(final));
        Assert.True(conflicts.Sum() >= writers - 1, $"Only {conflicts.Sum()} conflicts were detected.");
    }

    [Fact]
    public async Task Write_ConcurrentBatchesOverSameKeysInOppositeOrder_AllSucceed()
    {
        const int batches = 40;
        var otherInstance = new StateStore(storage.OpenInstance());

        // Two instances writing the same pair of documents in opposite orders must queue, not deadlock.
        await Task.WhenAll(Enumerable.Range(0, batches).Select(i => Task.Run(() => i % 2 == 0
            ? store.WriteAsync(
                [new DocumentWrite("x", $$"""{"batch":{{i}}}""", null), new DocumentWrite("y", $$"""{"batch":{{i}}}""", null)],
                CancellationToken.None)
            : otherInstance.WriteAsync(
                [new DocumentWrite("y", $$"""{"batch":{{i}}}""", null), new DocumentWrite("x", $$"""{"batch":{{i}}}""", null)],
                CancellationToken.None))));

        var documents = await store.ReadAsync(["x", "y"], CancellationToken.None);
        Assert.Equal(documents["x"].Json, documents["y"].Json);
    }

    [Fact]
    public async Task DeleteOlderThan_DeletesOnlyDocumentsNotWrittenSinceTheCutoff()
    {
        await store.WriteAsync([new DocumentWrite("idle", """{"n":1}""", null), new DocumentWrite("rewritten", """{"n":1}""", null)], CancellationToken.None);
        var written = (await store.ReadAsync(["rewritten"], CancellationToken.None))["rewritten"];
        var cutoff = await PastAsync();
        await store.WriteAsync([new DocumentWrite("rewritten", """{"n":2}""", written.ETag), new DocumentWrite("new", """{"n":1}""", null)], CancellationToken.None);

        var deleted = await store.DeleteOlderThanAsync(cutoff, CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Equal(["new", "rewritten"], (await store.ReadAsync(["idle", "rewritten", "new"], CancellationToken.None)).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DeleteOlderThan_MoreDocumentsThanOneBatch_DeletesAllAndCountsThem()
    {
        var writes = Enumerable.Range(0, 2500).Select(i => new DocumentWrite($"webchat/conversations/{i}", """{"n":1}""", null)).ToList();
        await store.WriteAsync(writes, CancellationToken.None);
        var cutoff = await PastAsync();

        var deleted = await store.DeleteOlderThanAsync(cutoff, CancellationToken.None);

        Assert.Equal(2500, deleted);
        Assert.Empty(await store.ReadAsync([.. writes.Select(w => w.Key)], CancellationToken.None));
    }

    public Task InitializeAsync() => storage.ResetAsync();

    public Task DisposeAsync() => storage.DisposeAsync().AsTask();

    private static async Task<int> IncrementAsync(IStateStore store, string key, CountdownGate firstRead)
    {
        for (var conflicts = 0; conflicts < 1000; conflicts++)
        {
            var current = (await store.ReadAsync([key], CancellationToken.None))[key];
            if (conflicts == 0)
            {
                await firstRead.SignalAndWaitAsync();
            }

            try
            {
                await store.WriteAsync(
                    [new DocumentWrite(key, $$"""{"count":{{ReadCount(current) + 1}}}""", current.ETag)],
                    CancellationToken.None);
                return conflicts;
            }
            catch (ETagConflictException)
            {
                // Someone else incremented first: read again and retry.
            }
        }

        throw new InvalidOperationException("Too many conflicts; the writer never got through.");
    }

    private static int ReadCount(StoredDocument document)
    {
        using var json = JsonDocument.Parse(document.Json);
        return json.RootElement.GetProperty("count").GetInt32();
    }

    // An instant after every write so far and before every later one, on the clock both providers stamp with
    // (the database server's runs on this machine).
    private static async Task<DateTimeOffset> PastAsync()
    {
        await Task.Delay(50);
        var cutoff = DateTimeOffset.UtcNow;
        await Task.Delay(50);
        return cutoff;
    }
}
