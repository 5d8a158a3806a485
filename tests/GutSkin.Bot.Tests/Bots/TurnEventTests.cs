using GutSkin.Bot.Bots;
using GutSkin.Bot.Tests.Support;
using GutSkin.Data;

namespace GutSkin.Bot.Tests.Bots;

/// <summary>Each message turn stores one analytics row with the kind of result and the section, and nothing personal.</summary>
public sealed class TurnEventTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task Conversation_StoresOneRowPerTurnWithItsKindAndSection()
    {
        var conversation = fixture.StartConversation();
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);

        await conversation.SayAllAsync(
            "hello",
            "Can probiotics help eczema?",
            "is psoriasis contagious",
            "what dose of probiotics should I take",
            "I can't breathe",
            "sign me up for the trial",
            "Jane Smith");

        var counts = await fixture.Events.CountAsync(before, DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);
        Assert.Equal(
            [
                ("Answer", "eczema", 1),
                ("Clinician", null, 1),
                ("Greeting", null, 1),
                ("NoAnswer", null, 1),
                ("Offer", null, 1),
                (GutSkinBot.OtherKind, null, 1),
                ("Urgent", null, 1),
            ],
            counts.GroupBy(c => (c.Kind, c.SectionId)).Select(g => (g.Key.Kind, g.Key.SectionId, g.Sum(c => c.Count))).Order().ToList());
    }
}
