using GutSkin.Bot.Conversation;
using GutSkin.Bot.Tests.Support;
using GutSkin.Knowledge.Safety;

namespace GutSkin.Bot.Tests.Bots;

/// <summary>Red flags through the real bot and TestAdapter: the emergency message for the visitor's locale and nothing
/// else, in Web Chat and Teams, then a normal conversation with no offer for five turns.</summary>
public sealed class UrgentReplyTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private const string ChestPain = "I've had crushing chest pain for twenty minutes and my left arm feels heavy";
    private const string SelfHarm = "my skin is so bad I keep thinking about ending my life";
    private const string EczemaQuestion = "Is eczema linked to gut health?";

    [Theory]
    [InlineData("webchat", "en-US", "Call 911 now")]
    [InlineData("webchat", "en-GB", "Call 999 now, or go to A&E. If you're not sure it's an emergency, call 111.")]
    [InlineData("webchat", "en-AU", "Call 000 (Triple Zero) now")]
    [InlineData("webchat", "en-IE", "Call 112 or 999 now")]
    [InlineData("webchat", "fr-FR", "Call 112 now")]
    [InlineData("webchat", "en-CA", "Call 911 now")]
    [InlineData("msteams", "en-US", "Call 911 now")]
    [InlineData("msteams", "en-GB", "Call 999 now")]
    public async Task RedFlag_GetsTheEmergencyNumberOfTheLocaleAndNothingElse(string channel, string locale, string instruction)
    {
        var conversation = fixture.StartConversation(channel);
        conversation.Adapter.Locale = locale;

        var turn = await conversation.SayAsync(ChestPain);

        var reply = Assert.Single(turn.Replies);
        Assert.StartsWith(EmergencyNumbers.Opening, reply.Text, StringComparison.Ordinal);
        Assert.Contains(instruction, reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.SuggestedActions);
        Assert.Empty(reply.Attachments ?? []);
        Assert.DoesNotContain("From:", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "988")]
    [InlineData("en-GB", "Samaritans free on 116 123")]
    [InlineData("en-AU", "Lifeline on 13 11 14")]
    [InlineData("en-CA", "9-8-8")]
    public async Task SelfHarm_AlsoGetsTheCrisisLine(string locale, string crisisLine)
    {
        var conversation = fixture.StartConversation("msteams");
        conversation.Adapter.Locale = locale;

        var turn = await conversation.SayAsync(SelfHarm);

        var reply = Assert.Single(turn.Replies);
        Assert.StartsWith(EmergencyNumbers.Opening, reply.Text, StringComparison.Ordinal);
        Assert.Contains(crisisLine, reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.SuggestedActions);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja-JP")]
    public async Task RedFlag_FromALocaleWithNoKnownRegion_ListsEveryNumber(string locale)
    {
        var conversation = fixture.StartConversation();
        conversation.Adapter.Locale = locale;

        var turn = await conversation.SayAsync(ChestPain);

        var text = Assert.Single(turn.Replies).Text;
        Assert.All(["911", "999", "112", "000"], number => Assert.Contains(number, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PregnancyBleeding_IsUrgentNotAClinicianReferral()
    {
        var conversation = fixture.StartConversation();

        var turn = await conversation.SayAsync("I'm 9 weeks pregnant and bleeding quite a lot, can I still take probiotics?");

        var reply = Assert.Single(turn.Replies);
        Assert.StartsWith(EmergencyNumbers.Opening, reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("midwife", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpanishRedFlag_GetsTheEmergencyMessage()
    {
        var conversation = fixture.StartConversation();
        conversation.Adapter.Locale = "es-ES";

        var turn = await conversation.SayAsync("no puedo respirar y me duele el pecho");

        Assert.Contains("Call 112 now", Assert.Single(turn.Replies).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterARedFlag_TheConversationGoesOnWithNoOfferForFiveTurns()
    {
        var conversation = fixture.StartConversation("msteams");
        await conversation.SayAsync(ChestPain);

        var quiet = new List<Turn>();
        for (var i = 0; i < UrgentTurn.TurnsWithoutOffers; i++)
        {
            quiet.Add(await conversation.SayAsync(EczemaQuestion));
        }

        var sixth = await conversation.SayAsync(EczemaQuestion);

        Assert.All(quiet, turn => Assert.Contains("From:", turn.Text, StringComparison.Ordinal));
        Assert.All(quiet, turn => Assert.Empty(turn.Cards));
        Assert.NotEmpty(sixth.Cards);
    }

    [Fact]
    public async Task StartOver_AfterARedFlag_ForgetsThePause()
    {
        var conversation = fixture.StartConversation();
        await conversation.SayAllAsync(ChestPain, "start over");

        var turn = await conversation.SayAsync(EczemaQuestion);

        Assert.NotEmpty(turn.Cards);
    }
}
