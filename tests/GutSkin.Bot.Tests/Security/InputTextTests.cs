using GutSkin.Bot.Security;

namespace GutSkin.Bot.Tests.Security;

public sealed class InputTextTests
{
    [Theory]
    [InlineData("ec\u0000ze\u001bma\u0007", "eczema")]
    [InlineData("line one\r\nline\ttwo", "line one\r\nline\ttwo")]
    [InlineData("\u0085\u009b31m", "31m")]
    [InlineData("👩🏽‍⚕️ مرحبا", "👩🏽‍⚕️ مرحبا")]
    [InlineData(null, "")]
    public void Clean_RemovesControlCharactersAndKeepsTheRest(string? text, string expected)
    {
        Assert.Equal(expected, InputText.Clean(text));
    }
}
