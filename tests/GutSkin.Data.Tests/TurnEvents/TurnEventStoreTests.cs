using GutSkin.Data.TurnEvents;

namespace GutSkin.Data.Tests.TurnEvents;

/// <summary>The <see cref="ITurnEventStore"/> contract, run against every storage provider.</summary>
public abstract class TurnEventStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 23, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly March3 = new(2025, 3, 3);
    private static readonly DateOnly March4 = new(2025, 3, 4);
    private readonly StorageUnderTest storage;
    private readonly ITurnEventStore store;

    private protected TurnEventStoreTests(StorageUnderTest storage)
    {
        this.storage = storage;
        store = new TurnEventStore(storage.OpenInstance());
    }

    [Fact]
    public async Task Count_GroupsByUtcDayKindAndSection()
    {
        await RecordAsync(0, "Answer", "eczema", 0.9);
        await RecordAsync(10, "Answer", "eczema", 0.7);
        await RecordAsync(20, "NoAnswer", null, 0.2);
        await RecordAsync(40, "Answer", "eczema", 0.8);
        await RecordAsync(45, "Urgent", null, null);

        // 00:15 on March 4th at +02:00 is still March 3rd in UTC.
        await store.AddAsync([new TurnEvent(new DateTimeOffset(2025, 3, 4, 1, 15, 0, TimeSpan.FromHours(2)), "Answer", "psoriasis", 0.6, "msteams", null)], CancellationToken.None);

        var counts = await store.CountAsync(Start.AddDays(-1), Start.AddDays(1), CancellationToken.None);

        Assert.Equal(
            [
                new TurnEventCount(March3, "Answer", "eczema", 2),
                new TurnEventCount(March3, "Answer", "psoriasis", 1),
                new TurnEventCount(March3, "NoAnswer", null, 1),
                new TurnEventCount(March4, "Answer", "eczema", 1),
                new TurnEventCount(March4, "Urgent", null, 1),
            ],
            counts);
    }

    [Fact]
    public async Task Count_IncludesFromAndExcludesTo()
    {
        await RecordAsync(0, "Answer", "eczema", 0.9);
        await RecordAsync(10, "Answer", "eczema", 0.9);
        await RecordAsync(20, "Answer", "eczema", 0.9);

        var counts = await store.CountAsync(Start, Start.AddMinutes(20), CancellationToken.None);

        Assert.Equal([new TurnEventCount(March3, "Answer", "eczema", 2)], counts);
    }

    [Fact]
    public async Task DeleteOlderThan_RemovesOnlyOlderRows()
    {
        await RecordAsync(0, "Answer", "eczema", 0.9);
        await RecordAsync(10, "NoAnswer", null, 0.1);
        await RecordAsync(60, "Answer", "eczema", 0.9);

        var deleted = await store.DeleteOlderThanAsync(Start.AddMinutes(30), CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Equal(
            [new TurnEventCount(March4, "Answer", "eczema", 1)],
            await store.CountAsync(Start.AddDays(-1), Start.AddDays(1), CancellationToken.None));
    }

    [Fact]
    public async Task Add_ManyRows_StoresEachWithItsNulls()
    {
        var turns = Enumerable.Range(0, 300)
            .Select(i => new TurnEvent(Start.AddSeconds(i), i % 3 == 0 ? "NoAnswer" : "Answer", i % 3 == 0 ? null : "eczema", i % 2 == 0 ? null : 0.5, "webchat", i % 5 == 0 ? null : "en-GB"))
            .ToList();

        await store.AddAsync(turns, CancellationToken.None);

        Assert.Equal(
            [new TurnEventCount(March3, "Answer", "eczema", 200), new TurnEventCount(March3, "NoAnswer", null, 100)],
            await store.CountAsync(Start.AddDays(-1), Start.AddDays(1), CancellationToken.None));
    }

    [Fact]
    public async Task Add_BatchWithARowTheDatabaseRefuses_StoresNoneOfIt()
    {
        // A row without a kind breaks the NOT NULL rule after two good rows: written one by one, those two would stay.
        TurnEvent[] batch =
        [
            new(Start, "Answer", "eczema", 0.9, "webchat", null),
            new(Start.AddMinutes(1), "Answer", "eczema", 0.9, "webchat", null),
            new(Start.AddMinutes(2), null!, null, null, "webchat", null),
        ];

        await Assert.ThrowsAnyAsync<Exception>(() => store.AddAsync(batch, CancellationToken.None));

        Assert.Empty(await store.CountAsync(Start.AddDays(-1), Start.AddDays(1), CancellationToken.None));
    }

    [Fact]
    public async Task Add_NoRows_DoesNothing()
    {
        await store.AddAsync([], CancellationToken.None);

        Assert.Empty(await store.CountAsync(Start.AddDays(-1), Start.AddDays(1), CancellationToken.None));
    }

    public Task InitializeAsync() => storage.ResetAsync();

    public Task DisposeAsync() => storage.DisposeAsync().AsTask();

    private Task RecordAsync(int minutes, string kind, string? section, double? confidence) =>
        store.AddAsync([new TurnEvent(Start.AddMinutes(minutes), kind, section, confidence, "webchat", "en-GB")], CancellationToken.None);
}
