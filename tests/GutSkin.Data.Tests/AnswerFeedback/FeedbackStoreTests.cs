using GutSkin.Data.AnswerFeedback;

namespace GutSkin.Data.Tests.AnswerFeedback;

/// <summary>The <see cref="IFeedbackStore"/> contract, run against every storage provider.</summary>
public abstract class FeedbackStoreTests : IAsyncLifetime
{
    private readonly StorageUnderTest storage;
    private readonly IFeedbackStore store;

    private protected FeedbackStoreTests(StorageUnderTest storage)
    {
        this.storage = storage;
        store = new FeedbackStore(storage.OpenInstance());
    }

    [Fact]
    public async Task Summary_CountsHelpfulAndNotHelpfulPerSection()
    {
        await AddAsync("user-1", "psoriasis", helpful: false);
        await AddAsync("user-1", "eczema", helpful: true);
        await AddAsync("user-2", "eczema", helpful: true);
        await AddAsync("user-3", "eczema", helpful: false);

        var summary = await store.SummaryAsync(CancellationToken.None);

        Assert.Equal([new SectionFeedback("eczema", 2, 1), new SectionFeedback("psoriasis", 0, 1)], summary);
    }

    [Fact]
    public async Task Summary_WithNoFeedback_IsEmpty()
    {
        Assert.Empty(await store.SummaryAsync(CancellationToken.None));
    }

    [Fact]
    public async Task DeleteForUser_RemovesOnlyThatUsersFeedback()
    {
        await AddAsync("user-1", "eczema", helpful: true);
        await AddAsync("user-1", "psoriasis", helpful: false);
        await AddAsync("user-2", "eczema", helpful: false);

        var deleted = await store.DeleteForUserAsync("user-1", CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Equal([new SectionFeedback("eczema", 0, 1)], await store.SummaryAsync(CancellationToken.None));
    }

    public Task InitializeAsync() => storage.ResetAsync();

    public Task DisposeAsync() => storage.DisposeAsync().AsTask();

    private Task AddAsync(string userId, string sectionId, bool helpful) => store.AddAsync(
        new Feedback(userId, "does diet help?", sectionId, helpful, TestLeads.Monday), CancellationToken.None);
}
