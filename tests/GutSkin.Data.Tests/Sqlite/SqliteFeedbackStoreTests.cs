using GutSkin.Data.Sqlite;

namespace GutSkin.Data.Tests.Sqlite;

public sealed class SqliteFeedbackStoreTests : IDisposable
{
    private readonly TemporaryDatabase temporary = new();
    private readonly SqliteFeedbackStore store;

    public SqliteFeedbackStoreTests()
    {
        store = new SqliteFeedbackStore(temporary.Database);
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

    public void Dispose() => temporary.Dispose();

    private Task AddAsync(string userId, string sectionId, bool helpful) => store.AddAsync(
        new Feedback(userId, "does diet help?", sectionId, helpful, TestLeads.Monday), CancellationToken.None);
}
