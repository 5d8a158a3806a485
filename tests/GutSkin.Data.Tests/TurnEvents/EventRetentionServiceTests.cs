using GutSkin.Data.Tests.Sql;
using GutSkin.Data.TurnEvents;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GutSkin.Data.Tests.TurnEvents;

public sealed class EventRetentionServiceTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    private readonly SqliteStorageUnderTest storage = new();
    private readonly FakeTimeProvider time = new(Now);
    private readonly CapturingLogger<EventRetentionService> logger = new();

    [Fact]
    public async Task Start_WithEventRetention_DeletesOlderTurnRowsFromTheRealStore()
    {
        var events = new TurnEventStore(storage.OpenInstance());
        await events.AddAsync(
            [new TurnEvent(Now.AddDays(-40), "Answer", "eczema", 0.9, "webchat", null), new TurnEvent(Now.AddDays(-10), "NoAnswer", null, 0.1, "webchat", null)],
            CancellationToken.None);
        using var service = new EventRetentionService(events, Options.Create(new DataOptions { EventRetentionDays = 30 }), time, logger);

        await service.StartAsync(CancellationToken.None);
        await WaitForLogAsync();
        await service.StopAsync(CancellationToken.None);

        Assert.Equal("Information: Event retention: deleted 1 turn analytics rows older than 30 days", logger.Messages[0]);
        var left = await events.CountAsync(Now.AddDays(-100), Now, CancellationToken.None);
        Assert.Equal([new TurnEventCount(DateOnly.FromDateTime(Now.AddDays(-10).UtcDateTime), "NoAnswer", null, 1)], left);
    }

    [Fact]
    public async Task Start_WithoutEventRetention_KeepsEverything()
    {
        var events = new TurnEventStore(storage.OpenInstance());
        await events.AddAsync([new TurnEvent(Now.AddDays(-4000), "Answer", "eczema", 0.9, "webchat", null)], CancellationToken.None);
        using var service = new EventRetentionService(events, Options.Create(new DataOptions()), time, logger);

        await service.StartAsync(CancellationToken.None);
        await (service.ExecuteTask ?? Task.CompletedTask);

        Assert.Empty(logger.Messages);
        Assert.Single(await events.CountAsync(Now.AddDays(-5000), Now, CancellationToken.None));
    }

    public ValueTask DisposeAsync() => storage.DisposeAsync();

    private async Task WaitForLogAsync()
    {
        // The purge runs on the service's own task; wait for its log line (not a timing assertion: only a liveness bound).
        for (var i = 0; i < 600 && logger.Messages.Count == 0; i++)
        {
            await Task.Delay(50);
        }
    }
}
