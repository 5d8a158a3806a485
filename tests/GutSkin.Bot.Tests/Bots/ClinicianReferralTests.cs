using GutSkin.Bot.Tests.Support;
using GutSkin.Data;
using Newtonsoft.Json.Linq;

namespace GutSkin.Bot.Tests.Bots;

/// <summary>The clinician referral across turns, through the SDK's TestAdapter with the real knowledge and state storage.</summary>
public sealed class ClinicianReferralTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private const string Referral = "doctor, pharmacist or midwife";

    [Fact]
    public async Task Clinician_CanHeHaveItAfterHisMedicine_IsReferred()
    {
        var conversation = fixture.StartConversation();

        var first = await conversation.SayAsync("my husband is on methotrexate for his psoriasis, does gut health matter?");
        var next = await conversation.SayAsync("can he have the green juice with it?");

        Assert.Contains(Referral, first.Text, StringComparison.Ordinal);
        Assert.Contains(Referral, next.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("From:", next.Text, StringComparison.Ordinal);
        Assert.Empty(next.Cards);
    }

    // State saved before the topic remembered clinician matters has no "Matters": it still loads, and follow-ups still
    // resolve against its topic.
    [Fact]
    public async Task Clinician_StateStoredWithoutMatters_StillLoadsItsTopic()
    {
        var conversation = fixture.StartConversation();
        await conversation.SayAsync("what is psoriasis");
        var key = $"webchat/conversations/{conversation.Adapter.Conversation.Conversation.Id}";
        var stored = (await fixture.StateStore.ReadAsync([key], CancellationToken.None))[key];
        var json = JObject.Parse(stored.Json);
        var matters = json.Descendants().OfType<JProperty>().Where(p => p.Name == "Matters").ToList();
        Assert.NotEmpty(matters);
        matters.ForEach(p => p.Remove());
        await fixture.StateStore.WriteAsync([new DocumentWrite(key, json.ToString(), stored.ETag)], CancellationToken.None);

        var next = await conversation.SayAsync("what causes it");

        Assert.Contains($"From: {fixture.Knowledge.Current.FindSection("psoriasis")!.Title}", next.Text, StringComparison.Ordinal);
    }
}
