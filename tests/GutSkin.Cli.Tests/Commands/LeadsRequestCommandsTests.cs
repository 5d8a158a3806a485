using GutSkin.Cli.Commands;
using GutSkin.Data;

namespace GutSkin.Cli.Tests.Commands;

/// <summary><c>leads find</c>, <c>leads delete</c> and <c>leads deletions</c> on a real SQLite file.</summary>
public sealed class LeadsRequestCommandsTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDataFolder data = new();

    [Fact]
    public async Task Find_ByEmailInAnyCase_WritesThatAddressesLeadsAsCsv()
    {
        await data.WithLeadsAsync(Lead("ann@example.com", "user-1"), Lead("bob@example.com", "user-2"));
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await LeadsFindCommand.RunAsync(data.Leads, " Ann@Example.com", output, error, CancellationToken.None);

        Assert.Equal(0, code);
        var lines = output.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("trial,ann@example.com,Ann Smith,", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("bob@example.com", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 lead(s) found", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Find_UnknownEmail_SaysNoneAreStored()
    {
        var error = new StringWriter();

        var code = await LeadsFindCommand.RunAsync(data.Leads, "nobody@example.com", new StringWriter(), error, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Contains("No leads are stored under that address", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_ByEmail_AlsoDeletesSignupsWaitingForEmailConfirmation()
    {
        var pending = new SignupRequest(Guid.NewGuid(), new string('a', 64), Lead("ann@example.com", "user-1"), Monday, Monday.AddHours(48));
        var other = pending with { Id = Guid.NewGuid(), Lead = Lead("bob@example.com", "user-2") };
        await data.SignupRequests.AddAsync(pending, CancellationToken.None);
        await data.SignupRequests.AddAsync(other, CancellationToken.None);
        var output = new StringWriter();

        await LeadsDeleteCommand.RunAsync(Erasure(), "Ann@example.com", output, CancellationToken.None);

        Assert.Contains("Also deleted 1 signup(s) still waiting for email confirmation.", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(SignupConfirmation.NotFound, await data.SignupRequests.ConfirmAsync(pending.Id, pending.TokenHash, Monday, CancellationToken.None));
        Assert.Equal(SignupConfirmation.Confirmed, await data.SignupRequests.ConfirmAsync(other.Id, other.TokenHash, Monday, CancellationToken.None));
    }

    [Fact]
    public async Task Delete_ByEmail_RemovesLeadsFeedbackAndQuestionsOfThatVisitorOnly()
    {
        await data.WithLeadsAsync(Lead("ann@example.com", "user-1"), Lead("bob@example.com", "user-2"));
        await data.Feedback.AddAsync(new Feedback("user-1", "does it help", "eczema", true, Monday), CancellationToken.None);
        await data.Feedback.AddAsync(new Feedback("user-2", "does it help", "eczema", true, Monday), CancellationToken.None);
        await data.Unanswered.RecordAsync(new UnansweredQuestion("user-1", "what about rosacea", Monday), CancellationToken.None);
        var output = new StringWriter();

        var code = await LeadsDeleteCommand.RunAsync(Erasure(), "ANN@example.com", output, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Equal("Deleted 1 lead(s), 1 feedback entry and 1 unanswered question(s); recorded in the deletion log.", output.ToString().Trim());
        Assert.Equal(["bob@example.com"], (await data.Leads.ListAsync(CancellationToken.None)).Select(l => l.Email));
        Assert.Equal(0, await data.Feedback.DeleteForUserAsync("user-1", CancellationToken.None));
        Assert.Equal(0, await data.Unanswered.DeleteForUserAsync("user-1", CancellationToken.None));
        Assert.Equal(1, await data.Feedback.DeleteForUserAsync("user-2", CancellationToken.None));
    }

    [Fact]
    public async Task Delete_ByEmail_AlsoDeletesThatVisitorsDidYouMeanChoices()
    {
        await data.WithLeadsAsync(Lead("ann@example.com", "user-1"), Lead("bob@example.com", "user-2"));
        await data.ChosenAlternatives.RecordAsync(new ChosenAlternative("user-1", "can kombucha calm my eczema", "eczema", Monday), CancellationToken.None);
        await data.ChosenAlternatives.RecordAsync(new ChosenAlternative("user-2", "can kombucha calm my eczema", "eczema", Monday), CancellationToken.None);

        await LeadsDeleteCommand.RunAsync(Erasure(), "ann@example.com", new StringWriter(), CancellationToken.None);

        Assert.Equal(0, await data.ChosenAlternatives.DeleteForUserAsync("user-1", CancellationToken.None));
        Assert.Equal(1, await data.ChosenAlternatives.DeleteForUserAsync("user-2", CancellationToken.None));
    }

    [Fact]
    public async Task Deletions_AfterDeletesByStaffAndVisitor_ListsTimeRequesterAndCountWithoutPersonalData()
    {
        await data.WithLeadsAsync(Lead("ann@example.com", "user-1"), Lead("bob@example.com", "user-2"));
        await LeadsDeleteCommand.RunAsync(Erasure(), "ann@example.com", new StringWriter(), CancellationToken.None);
        await LeadsDeleteCommand.RunAsync(Erasure(), "nobody@example.com", new StringWriter(), CancellationToken.None);
        await data.Leads.DeleteForUserAsync("user-2", CancellationToken.None);
        var output = new StringWriter();

        var code = await LeadsDeletionsCommand.RunAsync(data.Leads, output, CancellationToken.None);

        Assert.Equal(0, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("deleted_at\trequested_by\tleads_deleted", lines[0]);
        Assert.Equal(["staff\t1", "staff\t0", "visitor\t1"], lines.Skip(1).Select(l => l[(l.IndexOf('\t', StringComparison.Ordinal) + 1)..]));
        Assert.All(lines.Skip(1), l => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\t", l));
        Assert.DoesNotContain("example.com", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("user-", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => data.Dispose();

    private static Lead Lead(string email, string userId) => new(
        Offer: "trial",
        Email: email,
        Name: "Ann Smith",
        Address: "1 High Street, Leeds LS1 4AP",
        Phone: null,
        AgeConfirmed: true,
        MarketingConsent: false,
        ConsentAt: Monday,
        ConsentVersion: "consent-v1",
        UserId: userId,
        Channel: "webchat",
        CreatedAt: Monday,
        UpdatedAt: Monday);

    private EmailErasure Erasure() => new(data.Leads, data.SignupRequests, data.Feedback, data.Unanswered, data.ChosenAlternatives);
}
