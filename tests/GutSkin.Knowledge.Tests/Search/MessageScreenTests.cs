using GutSkin.Knowledge.Search;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Knowledge.Tests.Search;

/// <summary>The clinician referral across a conversation, through <see cref="LiveKnowledge"/> as the bot and <c>eval
/// --conversations</c> use it.</summary>
public sealed class MessageScreenTests(RepositoryKnowledgeFixture fixture) : IClassFixture<RepositoryKnowledgeFixture>
{
    private const string Methotrexate = "my husband is on methotrexate for his psoriasis, does gut health matter?";
    private const string Pregnant = "I am 20 weeks pregnant and my eczema is flaring, is eczema linked to the gut?";

    [Fact]
    public void Ask_CanHeHaveItAfterAMedicine_IsReferredAsTheTurnBefore()
    {
        var first = fixture.Knowledge.Ask(Methotrexate);
        var next = fixture.Knowledge.Ask("can he have the green juice with it?", first.Topic);

        Assert.Equal(AnswerKind.Clinician, first.Kind);
        Assert.Equal(ClinicianMatter.Medicine, first.Topic?.Matters);
        Assert.Equal(AnswerKind.Clinician, next.Kind);
        Assert.Equal(NoAnswerReason.Clinician, next.Reason);
    }

    [Fact]
    public void Ask_GeneralQuestionAfterAPregnancy_IsStillAnswered()
    {
        var first = fixture.Knowledge.Ask(Pregnant);
        var next = fixture.Knowledge.Ask("what is the gut-skin connection?", first.Topic);

        Assert.Equal(ClinicianMatter.Pregnancy, first.Topic?.Matters);
        Assert.True(next.Answered);
        Assert.Equal(ClinicianMatter.Pregnancy, next.Topic?.Matters);
    }

    [Fact]
    public void Ask_RedFlagAfterAPregnancy_IsUrgent()
    {
        var first = fixture.Knowledge.Ask(Pregnant);
        var next = fixture.Knowledge.Ask("can I take probiotics? my lips and throat are swelling", first.Topic);

        Assert.True(next.Urgent);
        Assert.Equal(AnswerKind.Urgent, next.Kind);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Ask_TurnNamingAMedicine_IsReferredWithOrWithoutATopic(bool inConversation)
    {
        var topic = inConversation ? fixture.Knowledge.Ask("what is psoriasis").Topic : null;

        Assert.Equal(AnswerKind.Clinician, fixture.Knowledge.Ask("can I take a probiotic alongside my methotrexate", topic).Kind);
    }

    // The bot screens before it searches: the screen reads the topic too, and its verdict on the text alone is unchanged.
    [Fact]
    public void Screen_WithTheTopic_RefersWhatTheTextAloneDoesNot()
    {
        var topic = fixture.Knowledge.Ask(Methotrexate).Topic;
        const string next = "can he have the green juice with it?";

        Assert.NotEqual(AnswerKind.Clinician, fixture.Knowledge.Screen(next)?.Kind ?? fixture.Knowledge.Ask(next).Kind);
        Assert.Equal(AnswerKind.Clinician, fixture.Knowledge.Screen(next, topic)?.Kind);
    }
}
