using GutSkin.Data.Unanswered;

namespace GutSkin.Data.Tests.Unanswered;

/// <summary>The <see cref="IUnansweredQuestionStore"/> contract, run against every storage provider.</summary>
public abstract class UnansweredQuestionStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private readonly StorageUnderTest storage;
    private readonly IUnansweredQuestionStore store;

    private protected UnansweredQuestionStoreTests(StorageUnderTest storage)
    {
        this.storage = storage;
        store = new UnansweredQuestionStore(storage.OpenInstance());
    }

    [Fact]
    public async Task Summary_GroupsByNormalisedTextMostAskedFirst()
    {
        await RecordAsync("user-1", "Is rosacea linked to the gut?", minutes: 0);
        await RecordAsync("user-2", "Can I drink coffee?", minutes: 1);
        await RecordAsync("user-3", "  can i   DRINK coffee ", minutes: 5);
        await RecordAsync("user-4", "can i drink coffee?!", minutes: 3);
        await RecordAsync("user-5", "Is rosacea linked to the gut", minutes: 2);
        await RecordAsync("user-6", "what about acne", minutes: 4);

        var summary = await store.SummaryAsync(CancellationToken.None);

        Assert.Equal(
            [
                new UnansweredSummary("can i drink coffee", 3, Start.AddMinutes(5)),
                new UnansweredSummary("is rosacea linked to the gut", 2, Start.AddMinutes(2)),
                new UnansweredSummary("what about acne", 1, Start.AddMinutes(4)),
            ],
            summary);
    }

    [Fact]
    public async Task Summary_WithEqualCounts_PutsMostRecentlyAskedFirst()
    {
        await RecordAsync("user-1", "older question", minutes: 1);
        await RecordAsync("user-1", "newer question", minutes: 9);

        var summary = await store.SummaryAsync(CancellationToken.None);

        Assert.Equal(["newer question", "older question"], summary.Select(s => s.Question));
    }

    [Fact]
    public async Task Summary_NonAsciiQuestionsInAnyCase_AreGroupedTogether()
    {
        await RecordAsync("user-1", "ÉCZÉMA?", minutes: 1);
        await RecordAsync("user-2", "éczéma", minutes: 2);

        var summary = await store.SummaryAsync(CancellationToken.None);

        Assert.Equal([new UnansweredSummary("éczéma", 2, Start.AddMinutes(2))], summary);
    }

    [Fact]
    public async Task DeleteForUser_RemovesOnlyThatUsersQuestions()
    {
        await RecordAsync("user-1", "Can I drink coffee?", minutes: 0);
        await RecordAsync("user-1", "what about acne", minutes: 1);
        await RecordAsync("user-2", "can i drink coffee", minutes: 2);

        var deleted = await store.DeleteForUserAsync("user-1", CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Equal(
            [new UnansweredSummary("can i drink coffee", 1, Start.AddMinutes(2))],
            await store.SummaryAsync(CancellationToken.None));
    }

    [Fact]
    public async Task DeleteOlderThan_DeletesOnlyQuestionsAskedBeforeTheCutoff()
    {
        await RecordAsync("user-1", "older question", minutes: 0);
        await RecordAsync("user-2", "older question", minutes: 9);
        await RecordAsync("user-1", "newer question", minutes: 10);

        var deleted = await store.DeleteOlderThanAsync(Start.AddMinutes(10), CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Equal([new UnansweredSummary("newer question", 1, Start.AddMinutes(10))], await store.SummaryAsync(CancellationToken.None));
    }

    public Task InitializeAsync() => storage.ResetAsync();

    public Task DisposeAsync() => storage.DisposeAsync().AsTask();

    private Task RecordAsync(string userId, string question, int minutes) => store.RecordAsync(
        new UnansweredQuestion(userId, question, Start.AddMinutes(minutes)), CancellationToken.None);
}
