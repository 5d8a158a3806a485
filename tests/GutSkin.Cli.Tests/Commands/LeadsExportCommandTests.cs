using GutSkin.Cli.Commands;
using GutSkin.Data;

namespace GutSkin.Cli.Tests.Commands;

public sealed class LeadsExportCommandTests : IDisposable
{
    private readonly TemporaryDataFolder data = new();

    private static readonly Lead Ann = new(
        Offer: "trial",
        Email: "ann@example.com",
        Name: "Ann Smith",
        Address: "1 High Street",
        Phone: "07700 900123",
        AgeConfirmed: true,
        MarketingConsent: true,
        ConsentAt: new DateTimeOffset(2025, 3, 3, 11, 15, 30, TimeSpan.FromHours(2)),
        ConsentVersion: "consent-v1",
        UserId: "user-1",
        Channel: "webchat",
        CreatedAt: new DateTimeOffset(2025, 3, 3, 9, 15, 31, TimeSpan.Zero),
        UpdatedAt: new DateTimeOffset(2025, 3, 4, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Run_WithNoLeads_WritesOnlyTheHeader()
    {
        var output = new StringWriter();

        var exitCode = await LeadsExportCommand.RunAsync(data.Leads, output, CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Equal(
            "offer,email,name,address,phone,age_confirmed,marketing_consent,consent_at,consent_version,channel,created_at,updated_at\r\n",
            output.ToString());
    }

    [Fact]
    public async Task Run_WithLead_WritesOneCrlfRowWithUtcTimesAndNoUserId()
    {
        var output = new StringWriter();

        await LeadsExportCommand.RunAsync(await data.WithLeadsAsync(Ann), output, CancellationToken.None);

        var lines = output.ToString().Split("\r\n");
        Assert.Equal(3, lines.Length);
        Assert.Equal(
            "trial,ann@example.com,Ann Smith,1 High Street,07700 900123,true,true,2025-03-03T09:15:30Z,consent-v1,webchat,2025-03-03T09:15:31Z,2025-03-04T08:00:00Z",
            lines[1]);
        Assert.Equal(string.Empty, lines[2]);
        Assert.DoesNotContain("user-1", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithMissingOptionalFields_WritesEmptyFields()
    {
        var output = new StringWriter();
        var lead = Ann with { Address = null, Phone = null, MarketingConsent = false, ConsentAt = null, ConsentVersion = null };

        await LeadsExportCommand.RunAsync(await data.WithLeadsAsync(lead), output, CancellationToken.None);

        Assert.Equal(
            "trial,ann@example.com,Ann Smith,,,true,false,,,webchat,2025-03-03T09:15:31Z,2025-03-04T08:00:00Z",
            output.ToString().Split("\r\n")[1]);
    }

    [Fact]
    public async Task Run_WithCommaQuoteAndNewlineInAddress_QuotesTheField()
    {
        var output = new StringWriter();
        var lead = Ann with { Name = "Ann \"Nan\" Smith", Address = "Flat 2,\n1 High Street" };

        await LeadsExportCommand.RunAsync(await data.WithLeadsAsync(lead), output, CancellationToken.None);

        Assert.StartsWith(
            "trial,ann@example.com,\"Ann \"\"Nan\"\" Smith\",\"Flat 2,\n1 High Street\",07700 900123,",
            output.ToString().Split("\r\n")[1],
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+44 7700 900123", "'+44 7700 900123")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("Ann = Smith", "Ann = Smith")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Field_StartingLikeAFormula_IsPrefixedWithApostrophe(string? value, string expected)
    {
        Assert.Equal(expected, LeadsCsv.Field(value));
    }

    [Fact]
    public async Task Run_WithFormulaInName_NeutralisesItInTheRow()
    {
        var output = new StringWriter();

        await LeadsExportCommand.RunAsync(await data.WithLeadsAsync(Ann with { Name = "=1+1" }), output, CancellationToken.None);

        Assert.Contains(",'=1+1,", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => data.Dispose();
}
