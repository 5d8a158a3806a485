using GutSkin.Bot.Recognition;

namespace GutSkin.Bot.Tests.Recognition;

/// <summary>Postcodes checked against the country the visitor chose, and addresses typed on one line.</summary>
public sealed class PostalAddressPatternsTests
{
    [Theory]
    [InlineData("BS1 4DJ", "GB", true)]
    [InlineData("sw1a2aa", "GB", true)]
    [InlineData("20500", "GB", false)]
    [InlineData("20500", "US", true)]
    [InlineData("20500-0001", "US", true)]
    [InlineData("2050", "US", false)]
    [InlineData("205001", "US", false)]
    [InlineData("K1A 0B1", "CA", true)]
    [InlineData("D1A 0B1", "CA", false)]
    [InlineData("2000", "AU", true)]
    [InlineData("0100", "AU", false)]
    [InlineData("D02 X285", "IE", true)]
    [InlineData("D02", "IE", false)]
    [InlineData("75001", "FR", false)]
    [InlineData("BS1 4DJ extra", "GB", false)]
    public void IsPlausiblePostcode_ChecksTheWholeCodeForItsCountry(string postcode, string country, bool plausible)
    {
        Assert.Equal(plausible, PostalAddressPatterns.IsPlausiblePostcode(postcode, country));
    }

    [Theory]
    [InlineData("12 High Street, Bristol, BS1 4DJ", true)]
    [InlineData("1600 Pennsylvania Ave NW, Washington, DC 20500", true)]
    [InlineData("1 Macquarie St, Sydney NSW 2000", true)]
    [InlineData("24 Sussex Drive, Ottawa, K1M 1M4", true)]
    [InlineData("1 Main Street, Dublin, D02 X285", true)]
    [InlineData("12 High Street, Bristol", false)]
    [InlineData("12345 Main Street, Springfield", false)]
    public void ContainsPostcode_FindsAPostcodeButNotTheHouseNumber(string address, bool expected)
    {
        Assert.Equal(expected, PostalAddressPatterns.ContainsPostcode(address));
    }
}
