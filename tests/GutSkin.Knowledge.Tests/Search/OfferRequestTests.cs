using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Search;

namespace GutSkin.Knowledge.Tests.Search;

/// <summary>The trial asked for, or asked about, in the words visitors use; read against the repository's <c>offers.yml</c>.</summary>
public sealed class OfferRequestTests
{
    private static readonly OfferCatalog Offers = OffersFileReader.Read(
        "offers.yml", File.ReadAllText(Path.Combine(Repository.KnowledgeDirectory, "offers.yml")), []) ?? throw new InvalidOperationException("offers.yml");

    // Round 20: postage, a subscription or cancelling, in a short message, are the trial's however it goes unnamed.
    [Theory]
    [InlineData("how do i cancel", TrialFact.Cancel)]
    [InlineData("will i be signed up to a subscription", TrialFact.Cancel)]
    [InlineData("do i have to pay for shipping", TrialFact.Price)]
    [InlineData("how long does delivery take", TrialFact.Delivery)]
    [InlineData("how old do you have to be to get the trial", TrialFact.Eligibility)]
    [InlineData("can i get the sample if i live in ireland", TrialFact.Eligibility)]
    public void Fact_AboutTheTrialsTerms_NamesTheFact(string message, string fact) => Assert.Equal(fact, OfferRequest.Fact(message, Offers));

    // Their near misses: a food that cancels another out, a birth, and a longer story around a delivery.
    [Theory]
    [InlineData("does the sugar in kombucha cancel out the good bacteria")]
    [InlineData("do probiotics and antibiotics cancel each other out")]
    [InlineData("since my c-section delivery my eczema is worse")]
    [InlineData("my delivery from another shop was late and the stress made my psoriasis flare, is stress linked to the gut")]
    public void Fact_CancellingOrADeliveryThatIsNotTheTrials_IsNoFact(string message) => Assert.Null(OfferRequest.Fact(message, Offers));

    // "can i get" asks for the sample unless a condition follows; an email is a way of sending the guide.
    [Theory]
    [InlineData("can i get a free sample", OfferKind.Trial)]
    [InlineData("can you email me the guide", OfferKind.Guide)]
    public void Detect_ARequestPutAsAQuestion_IsTheOffer(string message, OfferKind offer)
    {
        Assert.Null(OfferRequest.Fact(message, Offers));
        Assert.Equal(offer, OfferRequest.Detect(message, Offers));
    }

    [Theory]
    [InlineData("i got an email saying the gut causes eczema, is that true")]
    [InlineData("does the guide cover psoriasis")]
    public void Detect_AMessageMentioningAnEmailOrTheGuide_IsNoRequest(string message) => Assert.Null(OfferRequest.Detect(message, Offers));
}
