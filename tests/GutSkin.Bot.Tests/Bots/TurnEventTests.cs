using GutSkin.Bot.Bots;
using GutSkin.Bot.Tests.Support;
using GutSkin.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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
        await fixture.EventSink.FlushAsync(CancellationToken.None);

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

    [Fact]
    public async Task Conversation_WhenTheEventDatabaseFails_StillAnswersEveryTurn()
    {
        // The turn rows go to a database that cannot be created (its folder's place is taken by a file).
        using var broken = new TempDirectory();
        var blocked = Path.Combine(broken.Path, "data");
        await File.WriteAllTextAsync(blocked, "not a folder");
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection([new("Storage:DataDirectory", blocked)]).Build())
            .AddLogging()
            .AddGutSkinData()
            .BuildServiceProvider();
        var events = services.GetRequiredService<ITurnEventSink>();
        var conversation = fixture.StartConversation(events: events);

        var answer = await conversation.SayAsync("Can probiotics help eczema?");
        var declined = await conversation.SayAsync("is psoriasis contagious");

        Assert.Contains("From:", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Here's what our articles cover", declined.Text, StringComparison.Ordinal);

        // The writer logs the failed batch and drops it: flushing does not throw either.
        await events.FlushAsync(CancellationToken.None);
    }
}
