using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Search;

namespace GutSkin.Knowledge.Tests;

/// <summary><see cref="LiveKnowledge.Screen"/> makes exactly the decisions <see cref="LiveKnowledge.Ask"/> makes before
/// searching, and nothing else.</summary>
public sealed class LiveKnowledgeScreenTests(RepositoryKnowledgeFixture fixture) : IClassFixture<RepositoryKnowledgeFixture>
{
    [Theory]
    [InlineData("my lips and throat are swelling")]
    [InlineData("I have a fever and the rash is spreading")]
    public void Screen_RedFlag_IsUrgentAsInAsk(string message)
    {
        var screened = fixture.Knowledge.Screen(message);

        Assert.NotNull(screened);
        Assert.True(screened.Urgent);
        Assert.Equal(NoAnswerReason.Urgent, screened.Reason);
        Assert.True(fixture.Knowledge.Ask(message).Urgent);
    }

    [Theory]
    [InlineData("send me the guide", OfferKind.Guide)]
    [InlineData("sign me up for the trial", OfferKind.Trial)]
    public void Screen_OfferRequest_NamesTheOffer(string message, OfferKind offer)
    {
        Assert.Equal(offer, fixture.Knowledge.Screen(message)?.Offer);
        Assert.Equal(offer, fixture.Knowledge.Ask(message).Offer);
    }

    [Theory]
    [InlineData("what is eczema")]
    [InlineData("can probiotics help my psoriasis")]
    [InlineData("asdfgh")]
    public void AskScreened_AMessageTheScreenPassed_AnswersAsAsk(string message)
    {
        Assert.Null(fixture.Knowledge.Screen(message));

        var screened = fixture.Knowledge.AskScreened(message);
        var asked = fixture.Knowledge.Ask(message);

        Assert.Equal((asked.Answered, asked.Reason, asked.Kind, asked.Section?.Id), (screened.Answered, screened.Reason, screened.Kind, screened.Section?.Id));
    }

    [Fact]
    public void Screen_DoseQuestion_IsAClinicianReferral()
    {
        Assert.Equal(NoAnswerReason.Clinician, fixture.Knowledge.Screen("what dose of probiotics should I take")?.Reason);
    }

    [Theory]
    [InlineData("Jane Smith")]
    [InlineData("12 High Street, Bristol")]
    [InlineData("Can probiotics help eczema?")]
    public void Screen_AnythingElse_IsLeftToTheSearch(string message)
    {
        Assert.Null(fixture.Knowledge.Screen(message));
    }
}
