using GutSkin.Data.Leads;
using GutSkin.Data.SignupRequests;

namespace GutSkin.Data.Tests.SignupRequests;

/// <summary>The <see cref="ISignupRequestStore"/> contract, run against every storage provider.</summary>
public abstract class SignupRequestStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = TestLeads.Monday.AddHours(1);

    private readonly StorageUnderTest storage;
    private readonly ISignupRequestStore store;
    private readonly ILeadStore leads;

    private protected SignupRequestStoreTests(StorageUnderTest storage)
    {
        this.storage = storage;
        var database = storage.OpenInstance();
        store = new SignupRequestStore(database);
        leads = new LeadStore(database);
    }

    [Fact]
    public async Task Add_PendingRequest_IsNotALead()
    {
        await store.AddAsync(Request("ann@example.com", "user-1"), CancellationToken.None);

        Assert.Empty(await leads.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Confirm_MatchingHash_StoresTheLeadAtConfirmationTimeAndKeepsTheConsentTime()
    {
        var request = Request("  Ann@Example.COM ", "user-1");
        await store.AddAsync(request, CancellationToken.None);

        var outcome = await store.ConfirmAsync(request.Id, request.TokenHash, Now, CancellationToken.None);

        Assert.Equal(SignupConfirmation.Confirmed, outcome);
        var lead = Assert.Single(await leads.ListAsync(CancellationToken.None));
        Assert.Equal(TestLeads.Trial("ann@example.com", "user-1") with { CreatedAt = Now, UpdatedAt = Now }, lead);
        Assert.Equal(TestLeads.Monday, lead.ConsentAt);
    }

    [Fact]
    public async Task Confirm_Twice_SaysAlreadyConfirmedAndStoresOneLead()
    {
        var request = Request("ann@example.com", "user-1");
        await store.AddAsync(request, CancellationToken.None);
        await store.ConfirmAsync(request.Id, request.TokenHash, Now, CancellationToken.None);

        var again = await store.ConfirmAsync(request.Id, request.TokenHash, Now.AddMinutes(1), CancellationToken.None);

        Assert.Equal(SignupConfirmation.AlreadyConfirmed, again);
        Assert.Single(await leads.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Confirm_WrongHashOrUnknownId_FindsNothing()
    {
        var request = Request("ann@example.com", "user-1");
        await store.AddAsync(request, CancellationToken.None);

        Assert.Equal(SignupConfirmation.NotFound, await store.ConfirmAsync(request.Id, new string('0', 64), Now, CancellationToken.None));
        Assert.Equal(SignupConfirmation.NotFound, await store.ConfirmAsync(Guid.NewGuid(), request.TokenHash, Now, CancellationToken.None));
        Assert.Empty(await leads.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Confirm_AfterExpiry_ChangesNothing()
    {
        var request = Request("ann@example.com", "user-1");
        await store.AddAsync(request, CancellationToken.None);

        var outcome = await store.ConfirmAsync(request.Id, request.TokenHash, request.ExpiresAt, CancellationToken.None);

        Assert.Equal(SignupConfirmation.Expired, outcome);
        Assert.Empty(await leads.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Confirm_AddressAlreadyConfirmedByAnotherUser_KeepsTheirLead()
    {
        var first = Request("ann@example.com", "owner");
        var second = Request("ANN@example.com", "impostor") with { Lead = TestLeads.Trial("ANN@example.com", "impostor") with { Name = "Mallory" } };
        await store.AddAsync(first, CancellationToken.None);
        await store.AddAsync(second, CancellationToken.None);
        await store.ConfirmAsync(first.Id, first.TokenHash, Now, CancellationToken.None);

        var outcome = await store.ConfirmAsync(second.Id, second.TokenHash, Now, CancellationToken.None);

        Assert.Equal(SignupConfirmation.AlreadySignedUp, outcome);
        var lead = Assert.Single(await leads.ListAsync(CancellationToken.None));
        Assert.Equal(("Ann Smith", "owner"), (lead.Name, lead.UserId));
    }

    [Fact]
    public async Task Confirm_SameRequestFromTwoInstancesAtOnce_StoresOneLead()
    {
        var request = Request("ann@example.com", "user-1");
        await store.AddAsync(request, CancellationToken.None);
        var other = new SignupRequestStore(storage.OpenInstance());

        var outcomes = await Task.WhenAll(
            store.ConfirmAsync(request.Id, request.TokenHash, Now, CancellationToken.None),
            other.ConfirmAsync(request.Id, request.TokenHash, Now, CancellationToken.None));

        Assert.Equal([SignupConfirmation.Confirmed, SignupConfirmation.AlreadyConfirmed], outcomes.Order());
        Assert.Single(await leads.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task DeleteForUser_DeletesTheUsersRequestsAndCountsThePendingOnes()
    {
        var confirmed = Request("ann@example.com", "user-1");
        var pending = Request("ann@example.org", "user-1");
        var someoneElse = Request("bob@example.com", "user-2");
        foreach (var request in new[] { confirmed, pending, someoneElse })
        {
            await store.AddAsync(request, CancellationToken.None);
        }

        await store.ConfirmAsync(confirmed.Id, confirmed.TokenHash, Now, CancellationToken.None);

        Assert.Equal(1, await store.DeleteForUserAsync("user-1", CancellationToken.None));
        Assert.Equal(SignupConfirmation.NotFound, await store.ConfirmAsync(pending.Id, pending.TokenHash, Now, CancellationToken.None));
        Assert.Equal(SignupConfirmation.Confirmed, await store.ConfirmAsync(someoneElse.Id, someoneElse.TokenHash, Now, CancellationToken.None));
    }

    [Fact]
    public async Task ListPendingForUser_ReturnsThatUsersWaitingRequestsOnly()
    {
        var first = Request("ann@example.com", "user-1");
        var confirmed = Request("ann.other@example.com", "user-1");
        var later = Request("ann.work@example.com", "user-1") with { CreatedAt = TestLeads.Monday.AddMinutes(5) };
        foreach (var request in new[] { first, confirmed, later, Request("bob@example.com", "user-2") })
        {
            await store.AddAsync(request, CancellationToken.None);
        }

        await store.ConfirmAsync(confirmed.Id, confirmed.TokenHash, Now, CancellationToken.None);

        var pending = await store.ListPendingForUserAsync("user-1", CancellationToken.None);

        Assert.Equal(["ann@example.com", "ann.work@example.com"], pending.Select(p => p.Lead.Email));
        Assert.Equal(first.ExpiresAt, pending[0].ExpiresAt);
        Assert.Empty(await store.ListPendingForUserAsync("user-3", CancellationToken.None));
    }

    [Fact]
    public async Task DeleteForEmailAndDelete_RemoveOnlyThoseRequests()
    {
        var ann = Request("ann@example.com", "user-1");
        var bob = Request("bob@example.com", "user-2");
        var carl = Request("carl@example.com", "user-3");
        foreach (var request in new[] { ann, bob, carl })
        {
            await store.AddAsync(request, CancellationToken.None);
        }

        Assert.Equal(1, await store.DeleteForEmailAsync(" ANN@example.com", CancellationToken.None));
        Assert.True(await store.DeleteAsync(bob.Id, CancellationToken.None));
        Assert.False(await store.DeleteAsync(bob.Id, CancellationToken.None));
        Assert.Equal(SignupConfirmation.NotFound, await store.ConfirmAsync(ann.Id, ann.TokenHash, Now, CancellationToken.None));
        Assert.Equal(SignupConfirmation.Confirmed, await store.ConfirmAsync(carl.Id, carl.TokenHash, Now, CancellationToken.None));
    }

    [Fact]
    public async Task DeleteOlderThan_DeletesRequestsMadeBeforeTheCutoff()
    {
        var old = Request("ann@example.com", "user-1");
        var recent = Request("bob@example.com", "user-2") with { CreatedAt = TestLeads.Monday.AddDays(3) };
        await store.AddAsync(old, CancellationToken.None);
        await store.AddAsync(recent, CancellationToken.None);

        var deleted = await store.DeleteOlderThanAsync(TestLeads.Monday.AddDays(1), CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Equal(SignupConfirmation.NotFound, await store.ConfirmAsync(old.Id, old.TokenHash, Now, CancellationToken.None));
        Assert.Equal(SignupConfirmation.Confirmed, await store.ConfirmAsync(recent.Id, recent.TokenHash, Now, CancellationToken.None));
    }

    public Task InitializeAsync() => storage.ResetAsync();

    public Task DisposeAsync() => storage.DisposeAsync().AsTask();

    private static SignupRequest Request(string email, string userId) => new(
        Guid.NewGuid(),
        Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()),
        TestLeads.Trial(email, userId),
        TestLeads.Monday,
        TestLeads.Monday.AddHours(48));
}
