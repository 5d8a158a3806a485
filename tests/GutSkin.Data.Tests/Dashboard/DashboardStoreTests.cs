using GutSkin.Data.AnswerFeedback;
using GutSkin.Data.Choices;
using GutSkin.Data.Dashboard;
using GutSkin.Data.Leads;
using GutSkin.Data.Sql;
using GutSkin.Data.Unanswered;

namespace GutSkin.Data.Tests.Dashboard;

/// <summary>The <see cref="IDashboardStore"/> queries and the <see cref="IChosenAlternativeStore"/>, run against every
/// storage provider.</summary>
public abstract class DashboardStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 23, 30, 0, TimeSpan.Zero);
    private readonly StorageUnderTest storage;
    private readonly Database database;
    private readonly IDashboardStore dashboard;

    private protected DashboardStoreTests(StorageUnderTest storage)
    {
        this.storage = storage;
        database = storage.OpenInstance();
        dashboard = new DashboardStore(database);
    }

    [Fact]
    public async Task FeedbackPerSection_CountsOnlyTheRange()
    {
        var feedback = new FeedbackStore(database);
        await feedback.AddAsync(new Feedback("u1", "q", "eczema", true, Start.AddMinutes(-1)), CancellationToken.None);
        await feedback.AddAsync(new Feedback("u1", "q", "eczema", true, Start), CancellationToken.None);
        await feedback.AddAsync(new Feedback("u2", "q", "eczema", false, Start.AddMinutes(5)), CancellationToken.None);
        await feedback.AddAsync(new Feedback("u2", "q", "acne", false, Start.AddMinutes(6)), CancellationToken.None);
        await feedback.AddAsync(new Feedback("u2", "q", "acne", true, Start.AddMinutes(10)), CancellationToken.None);

        var rows = await dashboard.FeedbackPerSectionAsync(Start, Start.AddMinutes(10), CancellationToken.None);

        Assert.Equal([new SectionFeedback("acne", 0, 1), new SectionFeedback("eczema", 1, 1)], rows);
    }

    [Fact]
    public async Task SignupsPerDay_CountsLeadsByUtcDayWithTheirConsents()
    {
        var leads = new LeadStore(database);
        await leads.UpsertAsync(Lead("a@example.com", Start, consent: true), CancellationToken.None);
        await leads.UpsertAsync(Lead("b@example.com", Start.AddMinutes(10), consent: false), CancellationToken.None);

        // 01:00 on March 4th at +02:00 is March 3rd 23:00 UTC.
        await leads.UpsertAsync(Lead("c@example.com", new DateTimeOffset(2025, 3, 4, 1, 0, 0, TimeSpan.FromHours(2)), consent: true), CancellationToken.None);
        await leads.UpsertAsync(Lead("d@example.com", Start.AddMinutes(40), consent: true), CancellationToken.None);
        await leads.UpsertAsync(Lead("e@example.com", Start.AddDays(3), consent: true), CancellationToken.None);

        var rows = await dashboard.SignupsPerDayAsync(Start.AddHours(-1), Start.AddDays(1), CancellationToken.None);

        Assert.Equal([new SignupDay(new DateOnly(2025, 3, 3), 3, 2), new SignupDay(new DateOnly(2025, 3, 4), 1, 1)], rows);
    }

    [Fact]
    public async Task Unanswered_GroupsTheRangeByNormalisedQuestion()
    {
        var unanswered = new UnansweredQuestionStore(database);
        await unanswered.RecordAsync(new UnansweredQuestion("u1", "Is kombucha good?", Start.AddDays(-2)), CancellationToken.None);
        await unanswered.RecordAsync(new UnansweredQuestion("u1", "Is kombucha good?", Start), CancellationToken.None);
        await unanswered.RecordAsync(new UnansweredQuestion("u2", "is  KOMBUCHA good", Start.AddMinutes(1)), CancellationToken.None);
        await unanswered.RecordAsync(new UnansweredQuestion("u3", "What about acne?", Start.AddMinutes(2)), CancellationToken.None);

        var rows = await dashboard.UnansweredAsync(Start, Start.AddDays(1), CancellationToken.None);

        Assert.Equal(
            [new UnansweredSummary("is kombucha good", 2, Start.AddMinutes(1)), new UnansweredSummary("what about acne", 1, Start.AddMinutes(2))],
            rows);
    }

    [Fact]
    public async Task NotHelpful_GroupsThumbsDownByQuestionAndSection()
    {
        var feedback = new FeedbackStore(database);
        await feedback.AddAsync(new Feedback("u1", "Does sugar cause acne?", "diet", false, Start), CancellationToken.None);
        await feedback.AddAsync(new Feedback("u2", "does sugar cause acne", "diet", false, Start.AddMinutes(3)), CancellationToken.None);
        await feedback.AddAsync(new Feedback("u3", "Does sugar cause acne?", "diet", true, Start.AddMinutes(4)), CancellationToken.None);
        await feedback.AddAsync(new Feedback("u3", "what is psoriasis", "psoriasis", false, Start.AddMinutes(5)), CancellationToken.None);

        var rows = await dashboard.NotHelpfulAsync(Start, Start.AddDays(1), CancellationToken.None);

        Assert.Equal(
            [new QuestionForSection("does sugar cause acne", "diet", 2, Start.AddMinutes(3)), new QuestionForSection("what is psoriasis", "psoriasis", 1, Start.AddMinutes(5))],
            rows);
    }

    [Fact]
    public async Task ChosenAlternatives_AreGroupedAndDeletedPerUser()
    {
        var choices = new ChosenAlternativeStore(database);
        await choices.RecordAsync(new ChosenAlternative("u1", "Gut and spots?", "acne", Start), CancellationToken.None);
        await choices.RecordAsync(new ChosenAlternative("u2", "gut and spots", "acne", Start.AddMinutes(2)), CancellationToken.None);
        await choices.RecordAsync(new ChosenAlternative("u2", "gut and rashes", "eczema", Start.AddMinutes(3)), CancellationToken.None);

        var before = await dashboard.ChosenAlternativesAsync(Start, Start.AddDays(1), CancellationToken.None);
        var deleted = await choices.DeleteForUserAsync("u2", CancellationToken.None);
        var after = await dashboard.ChosenAlternativesAsync(Start, Start.AddDays(1), CancellationToken.None);

        Assert.Equal(
            [new QuestionForSection("gut and spots", "acne", 2, Start.AddMinutes(2)), new QuestionForSection("gut and rashes", "eczema", 1, Start.AddMinutes(3))],
            before);
        Assert.Equal(2, deleted);
        Assert.Equal([new QuestionForSection("gut and spots", "acne", 1, Start)], after);
    }

    public Task InitializeAsync() => storage.ResetAsync();

    public Task DisposeAsync() => storage.DisposeAsync().AsTask();

    private static Lead Lead(string email, DateTimeOffset at, bool consent) =>
        TestLeads.Trial(email, "user-" + email) with { MarketingConsent = consent, CreatedAt = at, UpdatedAt = at };
}
