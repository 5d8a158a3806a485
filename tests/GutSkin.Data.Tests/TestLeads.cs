namespace GutSkin.Data.Tests;

internal static class TestLeads
{
    public static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 30, 0, TimeSpan.Zero);

    public static Lead Trial(string email, string userId) => new(
        Offer: "trial",
        Email: email,
        Name: "Ann Smith",
        Address: "1 High Street, Leeds",
        Phone: "+44 7700 900123",
        AgeConfirmed: true,
        MarketingConsent: true,
        ConsentAt: Monday,
        ConsentVersion: "consent-v1",
        UserId: userId,
        Channel: "webchat",
        CreatedAt: Monday,
        UpdatedAt: Monday);
}
