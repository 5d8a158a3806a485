using GutSkin.Data.AnswerFeedback;
using GutSkin.Data.Dashboard;
using GutSkin.Data.Leads;
using GutSkin.Data.SignupRequests;
using GutSkin.Data.Sql;
using GutSkin.Data.State;
using GutSkin.Data.TurnEvents;
using GutSkin.Data.Unanswered;

namespace GutSkin.Data.Tests.Migrations;

/// <summary>
/// The databases in <c>Migrations/Fixtures</c>, made by the schema code of 2026-11-30 (schema version 6, before the
/// stores were written once over both engines) through its stores: a lead per kind, a deletion, a state document,
/// feedback, an unanswered question, two turn events, a pending and a used signup request and a "did you mean" choice.
/// Nothing in this project may rewrite them: they stand for the databases already in use.
/// </summary>
internal static class TodaysDatabase
{
    /// <summary>The schema version the fixtures were made at.</summary>
    public const int Version = 6;

    /// <summary>The pending request's id; its token hash is <see cref="PendingTokenHash"/>.</summary>
    public static readonly Guid PendingRequest = Guid.Parse("6f1c2a4e-0b7d-4c55-9a51-2f3e8d9c1b00");

    /// <summary>The pending request's token hash.</summary>
    public const string PendingTokenHash = "ab12";

    /// <summary>The SQLite file <c>gutskin.db</c> made by today's code.</summary>
    public static string SqliteFile => Path.Combine(AppContext.BaseDirectory, "Migrations", "Fixtures", "gutskin-v6.db");

    /// <summary>A <c>pg_dump --inserts</c> of the PostgreSQL database made by today's code.</summary>
    public static string PostgresDump => Path.Combine(AppContext.BaseDirectory, "Migrations", "Fixtures", "postgres-v6.sql");

    /// <summary>Checks that everything today's code stored reads back through the stores, and that they still write.</summary>
    /// <param name="database">The upgraded database.</param>
    public static async Task AssertDataKeptAsync(Database database)
    {
        var leads = new LeadStore(database);
        var state = new StateStore(database);
        var feedback = new FeedbackStore(database);
        var unanswered = new UnansweredQuestionStore(database);
        var events = new TurnEventStore(database);
        var requests = new SignupRequestStore(database);
        var dashboard = new DashboardStore(database);
        var ct = CancellationToken.None;
        var monday = TestLeads.Monday;
        var stored = await leads.ListAsync(ct);
        Assert.Equal(["ann@example.com", "bob@example.com", "dan@example.com"], stored.Select(lead => lead.Email));
        Assert.Equal(TestLeads.Trial("ann@example.com", "user-1"), stored[0]);
        Assert.Null(stored[1].Address);
        Assert.Equal(monday.AddHours(1), stored[2].CreatedAt);
        Assert.Equal(DeletionRequester.Staff, Assert.Single(await leads.ListDeletionsAsync(ct)).RequestedBy);

        var document = Assert.Single(await state.ReadAsync(["webchat/conversations/c-1"], ct)).Value;
        Assert.Equal("""{"step":"email"}""", document.Json);
        await state.WriteAsync([new DocumentWrite(document.Key, """{"step":"done"}""", document.ETag)], ct);

        Assert.Equal([new SectionFeedback("eczema-probiotics", 0, 1)], await feedback.SummaryAsync(ct));
        Assert.Equal([new UnansweredSummary("is kefir ok", 1, monday)], await unanswered.SummaryAsync(ct));
        Assert.Equal(2, (await events.CountAsync(monday, monday.AddDays(1), ct)).Sum(count => count.Count));
        Assert.Equal(
            [new QuestionForSection("gut and skin", "gut-skin-axis", 1, monday)],
            await dashboard.ChosenAlternativesAsync(monday, monday.AddDays(1), ct));

        Assert.Equal(SignupConfirmation.Confirmed, await requests.ConfirmAsync(PendingRequest, PendingTokenHash, monday.AddHours(2), ct));
        Assert.Equal(4, (await leads.ListAsync(ct)).Count);
        Assert.Equal(0, await requests.DeleteForUserAsync("user-5", ct));
    }
}
