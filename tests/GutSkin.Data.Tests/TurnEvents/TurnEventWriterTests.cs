using GutSkin.Data.TurnEvents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GutSkin.Data.Tests.TurnEvents;

/// <summary>
/// The background writer of turn rows (<see cref="ITurnEventSink"/>), run against every storage provider inside a real
/// generic host built with <see cref="DataServiceCollectionExtensions.AddGutSkinData"/>; rows are read back through a
/// handle of their own on the same database.
/// </summary>
public abstract class TurnEventWriterTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly List<IHost> hosts = [];

    private protected TurnEventWriterTests(StorageUnderTest storage)
    {
        Storage = storage;
        Reader = new TurnEventStore(storage.OpenInstance());
    }

    private protected StorageUnderTest Storage { get; }

    private protected ITurnEventStore Reader { get; }

    [Fact]
    public async Task Flush_WritesEveryRowQueuedBeforeIt()
    {
        var sink = BuildHost(("EventBatchSize", "100")).Services.GetRequiredService<ITurnEventSink>();
        RecordAnswers(sink, 250);

        await sink.FlushAsync(CancellationToken.None);

        Assert.Equal(250, await CountAsync());
    }

    [Fact]
    public async Task Started_WritesQueuedRowsWithinItsInterval()
    {
        var host = BuildHost(("EventFlushMilliseconds", "20"));
        await host.StartAsync();

        RecordAnswers(host.Services.GetRequiredService<ITurnEventSink>(), 5);

        Assert.True(await EventuallyAsync(async () => await CountAsync() == 5), "The writer did not store the rows without a flush.");
        await host.StopAsync();
    }

    [Fact]
    public async Task Started_WritesAFullBatchWithoutWaitingForTheInterval()
    {
        var host = BuildHost(("EventBatchSize", "10"), ("EventFlushMilliseconds", "60000"));
        await host.StartAsync();

        RecordAnswers(host.Services.GetRequiredService<ITurnEventSink>(), 10);

        Assert.True(await EventuallyAsync(async () => await CountAsync() == 10), "A full batch waited for the one-minute interval.");
        await host.StopAsync();
    }

    [Fact]
    public async Task Stop_WritesTheQueuedRowsBeforeTheHostEnds()
    {
        var host = BuildHost(("EventFlushMilliseconds", "60000"));
        await host.StartAsync();
        RecordAnswers(host.Services.GetRequiredService<ITurnEventSink>(), 20);
        Assert.Equal(0, await CountAsync());

        await host.StopAsync();

        Assert.Equal(20, await CountAsync());
    }

    [Fact]
    public async Task Retention_DeletesOldRowsTheWriterStored()
    {
        var now = DateTimeOffset.UtcNow;
        var host = BuildHost(("EventRetentionDays", "30"));
        var sink = host.Services.GetRequiredService<ITurnEventSink>();
        sink.Record(new TurnEvent(now.AddDays(-40), "Answer", "eczema", 0.9, "webchat", null));
        sink.Record(new TurnEvent(now.AddDays(-10), "NoAnswer", null, 0.1, "webchat", null));
        await sink.FlushAsync(CancellationToken.None);

        await host.StartAsync();

        Assert.True(
            await EventuallyAsync(async () => (await Reader.CountAsync(now.AddDays(-100), now, CancellationToken.None)).Sum(c => c.Count) == 1),
            "The retention service did not delete the 40-day-old row.");
        Assert.Equal("NoAnswer", Assert.Single(await Reader.CountAsync(now.AddDays(-100), now, CancellationToken.None)).Kind);
        await host.StopAsync();
    }

    [Fact]
    public async Task Record_WhenTheQueueIsFull_DropsTheOldestRowsAndLogsHowMany()
    {
        var logger = new CapturingLogger<TurnEventWriter>();
        using var writer = new TurnEventWriter(
            new TurnEventStore(Storage.OpenInstance()),
            Options.Create(new DataOptions { EventBatchSize = 5, EventQueueCapacity = 5 }),
            logger);

        // Nothing drains the queue (the service is not started): the sixth to eighth rows push out the first three.
        for (var i = 0; i < 8; i++)
        {
            writer.Record(new TurnEvent(Start, $"K{i}", null, null, "webchat", null));
        }

        await writer.FlushAsync(CancellationToken.None);

        var counts = await Reader.CountAsync(Start.AddDays(-1), Start.AddDays(1), CancellationToken.None);
        Assert.Equal(["K3", "K4", "K5", "K6", "K7"], counts.Select(c => c.Kind));
        Assert.Equal(["Warning: Turn events: the queue was full, so the oldest 3 rows were dropped; the database is not keeping up"], logger.Messages);
    }

    public Task InitializeAsync() => Storage.ResetAsync();

    public async Task DisposeAsync()
    {
        foreach (var host in hosts)
        {
            host.Dispose();
        }

        await Storage.DisposeAsync();
    }

    /// <summary>A host with the storage's settings and <paramref name="settings"/> (names under "Storage:"), not started.</summary>
    private protected IHost BuildHost(params (string Name, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(Storage.Settings);
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>($"Storage:{s.Name}", s.Value)));
        builder.Services.AddGutSkinData();
        var host = builder.Build();
        hosts.Add(host);
        return host;
    }

    private protected static void RecordAnswers(ITurnEventSink sink, int count)
    {
        for (var i = 0; i < count; i++)
        {
            sink.Record(new TurnEvent(Start.AddSeconds(i), "Answer", "eczema", 0.8, "webchat", "en-GB"));
        }
    }

    private protected async Task<int> CountAsync() =>
        (await Reader.CountAsync(Start.AddDays(-1), Start.AddDays(1), CancellationToken.None)).Sum(c => c.Count);

    // The writer works on its own task: poll what it stored (a liveness bound, not a timing assertion).
    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }
}
