using GutSkin.Data.Sqlite;

namespace GutSkin.Data.Tests.Sqlite;

public sealed class SqliteLeadStoreTests : IDisposable
{
    private readonly TemporaryDatabase temporary = new();
    private readonly SqliteLeadStore store;

    public SqliteLeadStoreTests()
    {
        store = new SqliteLeadStore(temporary.Database);
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
    public async Task DeleteForUser_RemovesOnlyThatUsersLeads()
    {
        await store.UpsertAsync(TestLeads.Trial("ann@example.com", "user-1"), CancellationToken.None);
        await store.UpsertAsync(TestLeads.Trial("ann@example.com", "user-1") with { Offer = "guide" }, CancellationToken.None);
        await store.UpsertAsync(TestLeads.Trial("bob@example.com", "user-2"), CancellationToken.None);

        var deleted = await store.DeleteForUserAsync("user-1", CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Equal(["bob@example.com"], (await store.ListAsync(CancellationToken.None)).Select(l => l.Email));
    }

    public void Dispose() => temporary.Dispose();
}
