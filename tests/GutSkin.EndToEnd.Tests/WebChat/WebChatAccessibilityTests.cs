using GutSkin.EndToEnd.Tests.Support;

namespace GutSkin.EndToEnd.Tests.WebChat;

/// <summary>axe-core over the page with a conversation on it.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class WebChatAccessibilityTests(EndToEndFixture fixture)
{
    /// <summary>On a phone viewport, where most visitors are; axe's rules do not depend on the width.</summary>
    [Fact]
    public async Task WebChatPage_WithAnAnswerShown_HasNoSeriousOrCriticalAxeViolations()
    {
        // Arrange
        var page = await fixture.NewPageAsync(phone: true);
        var chat = new WebChatPage(page);
        await chat.OpenAsync(fixture.Bot.BaseAddress);
        await chat.WaitForBotAsync("not medical advice");
        await chat.SayAsync("can probiotics help eczema", "From:");

        // Act
        var serious = await Axe.SeriousViolationsAsync(page.MainFrame);

        // Assert
        Assert.True(serious.Count == 0, "axe found: " + string.Join("; ", serious));
        await page.Context.CloseAsync();
    }
}
