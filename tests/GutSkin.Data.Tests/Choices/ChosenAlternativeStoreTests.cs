using GutSkin.Data.Choices;
using GutSkin.Data.Dashboard;

namespace GutSkin.Data.Tests.Choices;

/// <summary>The <see cref="IChosenAlternativeStore"/> contract, run against every storage provider; the choices are
/// read back through the dashboard, their only reader.</summary>
public abstract class ChosenAlternativeStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = TestLeads.Monday;

    private readonly StorageUnderTest storage;
    private readonly IChosenAlternativeStore store;
    private readonly IDashboardStore dashboard;

    private protected ChosenAlternativeStoreTests(StorageUnderTest storage)
    {
        this.storage = storage;
        var database = storage.OpenInstance();
        store = new ChosenAlternativeStore(database);
        dashboard = new DashboardStore(database);
    }

    [Fact]
    public async Task Record_Choice_IsReadBackWithItsQuestionSectionAndTime()
    {
        await store.RecordAsync(new ChosenAlternative("user-1", "Does kéfir help my rosacea?", "rosacea-diet", Start), CancellationToken.None);

        var choices = await dashboard.ChosenAlternativesAsync(Start, Start.AddMinutes(1), CancellationToken.None);

        Assert.Equal([new QuestionForSection("does kéfir help my rosacea", "rosacea-diet", 1, Start)], choices);
    }

    [Fact]
    public async Task DeleteForUser_RemovesOnlyThatUsersChoicesAndCountsThem()
    {
        await store.RecordAsync(new ChosenAlternative("user-1", "gut and spots", "acne", Start), CancellationToken.None);
        await store.RecordAsync(new ChosenAlternative("user-1", "gut and rashes", "eczema", Start), CancellationToken.None);
        await store.RecordAsync(new ChosenAlternative("user-2", "gut and spots", "acne", Start), CancellationToken.None);

        var deleted = await store.DeleteForUserAsync("user-1", CancellationToken.None);
        var none = await store.DeleteForUserAsync("user-1", CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Equal(0, none);
        Assert.Equal(
            [new QuestionForSection("gut and spots", "acne", 1, Start)],
            await dashboard.ChosenAlternativesAsync(Start, Start.AddDays(1), CancellationToken.None));
    }

    [Fact]
    public async Task RecordAndDelete_WithoutChoiceOrUser_AreRefused()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => store.RecordAsync(null!, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentNullException>(() => store.DeleteForUserAsync(null!, CancellationToken.None));
    }

    public Task InitializeAsync() => storage.ResetAsync();

    public Task DisposeAsync() => storage.DisposeAsync().AsTask();
}
