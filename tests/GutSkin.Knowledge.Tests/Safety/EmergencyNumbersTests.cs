using GutSkin.Knowledge.Safety;

namespace GutSkin.Knowledge.Tests.Safety;

/// <summary>The urgent reply per locale: the opening, the number and one instruction; the crisis line for self-harm.</summary>
public sealed class EmergencyNumbersTests
{
    [Theory]
    [InlineData("en-US", "911")]
    [InlineData("en-us", "911")]
    [InlineData("en_GB", "999")]
    [InlineData("en-AU", "000")]
    [InlineData("en-IE", "112")]
    [InlineData("de-DE", "112")]
    [InlineData("es-ES", "112")]
    [InlineData("en-CA", "911")]
    public void Reply_KnownLocale_GivesItsNumber(string locale, string number)
    {
        var reply = EmergencyNumbers.Reply(locale, RedFlagCategory.ChestHeart);

        Assert.StartsWith(EmergencyNumbers.Opening, reply, StringComparison.Ordinal);
        Assert.Contains($"Call {number}", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Reply_UnitedKingdom_AlsoNames111()
    {
        Assert.Contains("call 111", EmergencyNumbers.Reply("en-GB", RedFlagCategory.Stroke), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("en")]
    [InlineData("ja-JP")]
    [InlineData("not a locale")]
    public void Reply_UnknownLocale_ListsEveryNumber(string? locale)
    {
        var reply = EmergencyNumbers.Reply(locale, RedFlagCategory.Breathing);

        Assert.All(["911", "999", "112", "000"], number => Assert.Contains(number, reply, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en-US", "988")]
    [InlineData("en-GB", "116 123")]
    [InlineData("en-IE", "116 123")]
    [InlineData("en-AU", "13 11 14")]
    [InlineData("en-CA", "9-8-8")]
    [InlineData(null, "988")]
    public void Reply_SelfHarm_AddsTheCrisisLine(string? locale, string crisisLine)
    {
        Assert.Contains(crisisLine, EmergencyNumbers.Reply(locale, RedFlagCategory.SelfHarm), StringComparison.Ordinal);
    }

    [Fact]
    public void Reply_OtherCategories_LeaveTheCrisisLineOut()
    {
        Assert.DoesNotContain("988", EmergencyNumbers.Reply("en-US", RedFlagCategory.ChestHeart), StringComparison.Ordinal);
    }
}
