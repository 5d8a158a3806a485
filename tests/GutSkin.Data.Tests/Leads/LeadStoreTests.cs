using System.Globalization;
using GutSkin.Data.Leads;

namespace GutSkin.Data.Tests.Leads;

/// <summary>The <see cref="ILeadStore"/> contract, run against every storage provider.</summary>
public abstract class LeadStoreTests : IAsyncLifetime
{
    private readonly StorageUnderTest storage;
    private readonly ILeadStore store;

    private protected LeadStoreTests(StorageUnderTest storage)
    {
        this.storage = storage;
        store = new LeadStore(storage.OpenInstance());
    }

    [Fact]
    public async Task Upsert_NewLead_IsCreatedWithNormalisedEmail()
    {
        var result = await store.UpsertAsync(TestLeads.Trial("  Ann@Example.COM ", "user-1"), CancellationToken.None);

        Assert.Equal(LeadSaveResult.Created, result);
        var stored = Assert.Single(await store.ListAsync(CancellationToken.None));
        Assert.Equal(TestLeads.Trial("ann@example.com", "user-1"), stored);
    }

    [Fact]
    public async Task Upsert_SameEmailDifferentCase_UpdatesTheOneLeadAndKeepsCreatedAt()
    {
        var first = TestLeads.Trial("ann@example.com", "user-1");
        await store.UpsertAsync(first, CancellationToken.None);
        var later = first.CreatedAt.AddDays(2);
        var again = first with
        {
            Email = "ANN@example.com",
            Name = "Ann Jones",
            Address = "2 Low Road, York",
            Phone = null,
            CreatedAt = later,
            UpdatedAt = later,
        };

        var result = await store.UpsertAsync(again, CancellationToken.None);

        Assert.Equal(LeadSaveResult.Updated, result);
        var stored = Assert.Single(await store.ListAsync(CancellationToken.None));
        Assert.Equal("ann@example.com", stored.Email);
        Assert.Equal("Ann Jones", stored.Name);
        Assert.Equal("2 Low Road, York", stored.Address);
        Assert.Null(stored.Phone);
        Assert.Equal(first.CreatedAt, stored.CreatedAt);
        Assert.Equal(later, stored.UpdatedAt);
    }

    [Fact]
    public async Task Upsert_SameEmailFromAnotherUser_KeepsTheFirstUsersLead()
    {
        var first = TestLeads.Trial("ann@example.com", "user-1");
        await store.UpsertAsync(first, CancellationToken.None);
        var other = TestLeads.Trial("ANN@example.com", "user-2") with
        {
            Name = "Mallory",
            Address = "9 Other Road, York",
            UpdatedAt = first.UpdatedAt.AddDays(1),
        };

        var result = await store.UpsertAsync(other, CancellationToken.None);

        Assert.Equal(LeadSaveResult.Kept, result);
        Assert.Equal(first, Assert.Single(await store.ListAsync(CancellationToken.None)));
        Assert.Equal(0, await store.DeleteForUserAsync("user-2", CancellationToken.None));
        Assert.Equal(1, await store.DeleteForUserAsync("user-1", CancellationToken.None));
    }

    [Fact]
    public async Task Upsert_SameEmailOtherOffer_IsASecondLead()
    {
        await store.UpsertAsync(TestLeads.Trial("ann@example.com", "user-1"), CancellationToken.None);

        var result = await store.UpsertAsync(
            TestLeads.Trial("ann@example.com", "user-1") with { Offer = "guide" }, CancellationToken.None);

        Assert.Equal(LeadSaveResult.Created, result);
        Assert.Equal(2, (await store.ListAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Upsert_WithConsent_StoresConsentTimeAndWordingVersion()
    {
        var consentAt = new DateTimeOffset(2025, 3, 3, 10, 15, 30, 123, TimeSpan.FromHours(2));
        await store.UpsertAsync(
            TestLeads.Trial("ann@example.com", "user-1") with { ConsentAt = consentAt, ConsentVersion = "2025-03" },
            CancellationToken.None);

        var stored = Assert.Single(await store.ListAsync(CancellationToken.None));

        Assert.True(stored.MarketingConsent);
        Assert.Equal(consentAt, stored.ConsentAt);
        Assert.Equal("2025-03", stored.ConsentVersion);
    }

    [Fact]
    public async Task Upsert_RepeatSignupWithoutConsent_WithdrawsEarlierConsent()
    {
        var first = TestLeads.Trial("ann@example.com", "user-1");
        await store.UpsertAsync(first, CancellationToken.None);

        await store.UpsertAsync(
            first with { MarketingConsent = false, ConsentAt = null, ConsentVersion = null }, CancellationToken.None);

        var stored = Assert.Single(await store.ListAsync(CancellationToken.None));
        Assert.False(stored.MarketingConsent);
        Assert.Null(stored.ConsentAt);
        Assert.Null(stored.ConsentVersion);
    }

    [Fact]
    public async Task List_SeveralLeads_OldestFirst()
    {
        await store.UpsertAsync(TestLeads.Trial("cat@example.com", "user-3") with { CreatedAt = TestLeads.Monday.AddHours(2) }, CancellationToken.None);
        await store.UpsertAsync(TestLeads.Trial("bob@example.com", "user-2") with { CreatedAt = TestLeads.Monday }, CancellationToken.None);
        await store.UpsertAsync(TestLeads.Trial("ann@example.com", "user-1") with { CreatedAt = TestLeads.Monday.AddHours(1) }, CancellationToken.None);

        var leads = await store.ListAsync(CancellationToken.None);

        Assert.Equal(["bob@example.com", "ann@example.com", "cat@example.com"], leads.Select(l => l.Email));
    }

    [Fact]
    public async Task DeleteForUser_RemovesOnlyThatUsersLeads()
    {
        await store.UpsertAsync(TestLeads.Trial("ann@example.com", "user-1"), CancellationToken.None);
        await store.UpsertAsync(TestLeads.Trial("ann@example.com", "user-1") with { Offer = "guide" }, CancellationToken.None);
        await store.UpsertAsync(TestLeads.Trial("bob@example.com", "user-2"), CancellationToken.None);

        var deleted = await store.DeleteForUserAsync("user-1", CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Equal(["bob@example.com"], (await store.ListAsync(CancellationToken.None)).Select(l => l.Email));
    }

    [Fact]
    public async Task DeleteForUser_IsRecordedInTheDeletionLogWithoutPersonalData()
    {
        await store.UpsertAsync(TestLeads.Trial("ann@example.com", "user-1"), CancellationToken.None);
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);

        await store.DeleteForUserAsync("user-1", CancellationToken.None);
        await store.DeleteForUserAsync("user-without-leads", CancellationToken.None);

        var log = await store.ListDeletionsAsync(CancellationToken.None);
        Assert.Equal([(DeletionRequester.Visitor, 1), (DeletionRequester.Visitor, 0)], log.Select(d => (d.RequestedBy, d.LeadsDeleted)));
        Assert.All(log, d => Assert.InRange(d.DeletedAt, before, DateTimeOffset.UtcNow.AddSeconds(5)));
    }

    [Fact]
    public async Task ListForUser_ReturnsOnlyThatUsersLeads()
    {
        await store.UpsertAsync(TestLeads.Trial("ann@example.com", "user-1"), CancellationToken.None);
        await store.UpsertAsync(TestLeads.Trial("bob@example.com", "user-2"), CancellationToken.None);

        var leads = await store.ListForUserAsync("user-1", CancellationToken.None);

        Assert.Equal(TestLeads.Trial("ann@example.com", "user-1"), Assert.Single(leads));
    }

    [Fact]
    public async Task ListForEmail_AnyCaseAndSpaces_FindsTheLeadsOfThatAddressOnly()
    {
        await store.UpsertAsync(TestLeads.Trial("ann@example.com", "user-1"), CancellationToken.None);
        await store.UpsertAsync(TestLeads.Trial("ann@example.com", "user-1") with { Offer = "guide" }, CancellationToken.None);
        await store.UpsertAsync(TestLeads.Trial("bob@example.com", "user-2"), CancellationToken.None);

        var leads = await store.ListForEmailAsync("  ANN@example.com ", CancellationToken.None);

        Assert.Equal(["guide", "trial"], leads.Select(l => l.Offer).Order(StringComparer.Ordinal));
        Assert.Empty(await store.ListForEmailAsync("nobody@example.com", CancellationToken.None));
    }

    [Fact]
    public async Task DeleteForEmail_RemovesThatAddressOnlyAndLogsAStaffDeletion()
    {
        await store.UpsertAsync(TestLeads.Trial("ann@example.com", "user-1"), CancellationToken.None);
        await store.UpsertAsync(TestLeads.Trial("ann@example.com", "user-1") with { Offer = "guide" }, CancellationToken.None);
        await store.UpsertAsync(TestLeads.Trial("bob@example.com", "user-2"), CancellationToken.None);

        var deleted = await store.DeleteForEmailAsync("Ann@Example.com", DeletionRequester.Staff, CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Equal(["bob@example.com"], (await store.ListAsync(CancellationToken.None)).Select(l => l.Email));
        var entry = Assert.Single(await store.ListDeletionsAsync(CancellationToken.None));
        Assert.Equal(DeletionRequester.Staff, entry.RequestedBy);
        Assert.Equal(2, entry.LeadsDeleted);
    }

    [Fact]
    public async Task DeleteForEmail_WithTheOwnersEmailedLink_LogsWhoAsked()
    {
        await store.UpsertAsync(TestLeads.Trial("ann@example.com", "user-1"), CancellationToken.None);

        var deleted = await store.DeleteForEmailAsync("ann@example.com", DeletionRequester.EmailLink, CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Empty(await store.ListAsync(CancellationToken.None));
        Assert.Equal(DeletionRequester.EmailLink, Assert.Single(await store.ListDeletionsAsync(CancellationToken.None)).RequestedBy);
    }

    [Fact]
    public async Task DeleteOlderThan_RemovesOnlyLeadsLastUpdatedBeforeTheCutoff()
    {
        var cutoff = TestLeads.Monday;
        await store.UpsertAsync(TestLeads.Trial("old@example.com", "user-1") with { CreatedAt = cutoff.AddDays(-40), UpdatedAt = cutoff.AddDays(-40) }, CancellationToken.None);
        await store.UpsertAsync(TestLeads.Trial("justold@example.com", "user-2") with { CreatedAt = cutoff.AddDays(-40), UpdatedAt = cutoff.AddTicks(-10) }, CancellationToken.None);
        await store.UpsertAsync(TestLeads.Trial("renewed@example.com", "user-3") with { CreatedAt = cutoff.AddDays(-40), UpdatedAt = cutoff.AddDays(1) }, CancellationToken.None);
        await store.UpsertAsync(TestLeads.Trial("atcutoff@example.com", "user-4") with { CreatedAt = cutoff, UpdatedAt = cutoff }, CancellationToken.None);

        var deleted = await store.DeleteOlderThanAsync(cutoff, CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Equal(
            ["atcutoff@example.com", "renewed@example.com"],
            (await store.ListAsync(CancellationToken.None)).Select(l => l.Email).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DeleteOlderThan_CutoffInAnotherTimeZone_ComparesInstants()
    {
        // 12:00 at +02:00 is 10:00 UTC: the lead of 09:30 UTC is older, the one of 10:30 UTC newer.
        // Comparing clock readings instead of instants would delete both.
        var cutoff = TestLeads.Monday.ToOffset(TimeSpan.FromHours(2)).AddMinutes(30);
        await store.UpsertAsync(TestLeads.Trial("older@example.com", "user-1"), CancellationToken.None);
        await store.UpsertAsync(TestLeads.Trial("newer@example.com", "user-2") with { UpdatedAt = TestLeads.Monday.AddHours(1) }, CancellationToken.None);

        var deleted = await store.DeleteOlderThanAsync(cutoff, CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Equal("newer@example.com", Assert.Single(await store.ListAsync(CancellationToken.None)).Email);
    }

    [Fact]
    public async Task DeleteOlderThan_NothingOlder_ReturnsZeroAndKeepsEveryLead()
    {
        await store.UpsertAsync(TestLeads.Trial("ann@example.com", "user-1"), CancellationToken.None);

        var deleted = await store.DeleteOlderThanAsync(TestLeads.Monday.AddDays(-1), CancellationToken.None);

        Assert.Equal(0, deleted);
        Assert.Single(await store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Upsert_ThousandConcurrentSignupsWithDistinctEmailsFromTwoInstances_StoresThousandLeads()
    {
        const int signups = 1000;
        var otherInstance = new LeadStore(storage.OpenInstance());

        var results = await Task.WhenAll(Enumerable.Range(0, signups).Select(i => Task.Run(() =>
            (i % 2 == 0 ? store : otherInstance).UpsertAsync(
                TestLeads.Trial(string.Create(CultureInfo.InvariantCulture, $"visitor{i}@example.com"), $"user-{i}"),
                CancellationToken.None))));

        Assert.All(results, result => Assert.Equal(LeadSaveResult.Created, result));
        var leads = await store.ListAsync(CancellationToken.None);
        Assert.Equal(signups, leads.Count);
        Assert.Equal(signups, leads.Select(l => l.Email).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Upsert_ThousandConcurrentSignupsWithOneEmailFromTwoInstances_StoresOneLeadCreatedOnceAndKeptFromTheOthers()
    {
        const int signups = 1000;
        var otherInstance = new LeadStore(storage.OpenInstance());

        // The same address in varying case, as a visitor retyping it on other devices (other user ids) would enter it:
        // the first one stored wins, and no later one replaces its details.
        var results = await Task.WhenAll(Enumerable.Range(0, signups).Select(i => Task.Run(() =>
            (i % 2 == 0 ? store : otherInstance).UpsertAsync(
                TestLeads.Trial(i % 3 == 0 ? "Ann@Example.com" : "ann@example.com", $"user-{i}"),
                CancellationToken.None))));

        Assert.Equal(1, results.Count(result => result == LeadSaveResult.Created));
        Assert.Equal(signups - 1, results.Count(result => result == LeadSaveResult.Kept));
        var lead = Assert.Single(await store.ListAsync(CancellationToken.None));
        Assert.Equal("ann@example.com", lead.Email);
        Assert.Equal(1, await store.DeleteForUserAsync(lead.UserId, CancellationToken.None));
    }

    public Task InitializeAsync() => storage.ResetAsync();

    public Task DisposeAsync() => storage.DisposeAsync().AsTask();
}
