using GutSkin.Data.Leads;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GutSkin.Data.Tests.Leads;

public sealed class LeadRetentionServiceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider time = new(Start);
    private readonly RecordingLeadStore store = new();
    private readonly CapturingLogger<LeadRetentionService> logger = new();
    private LeadRetentionService? service;

    [Fact]
    public async Task Start_WithRetention_PurgesLeadsNotUpdatedForThatManyDays()
    {
        await StartAsync(leadRetentionDays: 30);

        var cutoff = await store.NextPurgeAsync();

        Assert.Equal(Start.AddDays(-30), cutoff);
    }

    [Fact]
    public async Task AfterStart_PurgesAgainExactlySixHoursLater()
    {
        await StartAsync(leadRetentionDays: 30);
        await store.NextPurgeAsync();

        // Just short of six hours, then the last tick: a purge before six hours would carry an earlier cutoff.
        time.Advance(TimeSpan.FromHours(6) - TimeSpan.FromTicks(1));
        time.Advance(TimeSpan.FromTicks(1));
        var second = await store.NextPurgeAsync();
        time.Advance(TimeSpan.FromHours(6));
        var third = await store.NextPurgeAsync();

        Assert.Equal(Start.AddHours(6).AddDays(-30), second);
        Assert.Equal(Start.AddHours(12).AddDays(-30), third);
    }

    [Fact]
    public async Task FailedPurge_IsLoggedAndTheNextRunStillHappens()
    {
        store.FailNextPurge();
        await StartAsync(leadRetentionDays: 7);
        await store.NextPurgeAsync();

        time.Advance(TimeSpan.FromHours(6));
        var next = await store.NextPurgeAsync();

        Assert.Equal(Start.AddHours(6).AddDays(-7), next);
        Assert.Contains("Error: Lead retention: the purge failed; it runs again in 6 hours", logger.Messages);
    }

    [Fact]
    public async Task Purge_LogsOnlyTheCount()
    {
        await StartAsync(leadRetentionDays: 30);
        await store.NextPurgeAsync();

        // The next purge's cutoff is read only after the first purge's log line was written.
        time.Advance(TimeSpan.FromHours(6));
        await store.NextPurgeAsync();

        Assert.Equal("Information: Lead retention: deleted 3 leads not updated for 30 days", logger.Messages[0]);
    }

    [Fact]
    public async Task Start_WithoutRetention_EndsAtOnceWithoutPurging()
    {
        await StartAsync(leadRetentionDays: null);

        // ExecuteAsync runs on the thread pool since .NET 10; the guard only stops a hang.
        await service!.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, store.PurgeCount);
        Assert.Empty(logger.Messages);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (service is not null)
        {
            await service.StopAsync(CancellationToken.None);
            service.Dispose();
        }
    }

    private Task StartAsync(int? leadRetentionDays)
    {
        service = new LeadRetentionService(store, Options.Create(new DataOptions { LeadRetentionDays = leadRetentionDays }), time, logger);
        return service.StartAsync(CancellationToken.None);
    }
}
