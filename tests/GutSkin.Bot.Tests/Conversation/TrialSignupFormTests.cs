using GutSkin.Bot.Conversation;
using GutSkin.Knowledge.Content;

namespace GutSkin.Bot.Tests.Conversation;

/// <summary>The signup form on its own: <c>Submit(state, form)</c> with no bot, storage or knowledge.</summary>
public sealed class TrialSignupFormTests
{
    private static readonly Offer Trial = new(
        OfferKind.Trial, "Free trial", "https://example.com/trial", "Try it.", ["trial"],
        SignupWording: "Great! A few details, please.", TermsUrl: "https://example.com/terms", Disclaimer: "Not a medicine.",
        ConsentWording: "Emails from us?", ConsentVersion: "2026-11-25");

    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static readonly SignupForm Valid = new("Jane Smith", "jane@example.com", "34", "12 High Street, Bristol", "bs1 4dj", "GB", string.Empty, MarketingConsent: false);

    [Fact]
    public void Start_WithAForm_SendsTheWordingThenTheFormWithItsConsentWording()
    {
        var state = new SignupState();

        var outcome = TrialSignupFlow.Start(state, Trial, SignupForm.Empty("en-GB"));

        Assert.Equal(SignupStep.Form, state.Step);
        Assert.Contains("Great! A few details, please.", outcome.Replies[0].Text, StringComparison.Ordinal);
        var form = Assert.Single(outcome.Replies, r => r.Form is not null).Form!;
        Assert.Equal("Emails from us?", form.ConsentWording);
        Assert.Equal("GB", form.Values.Country);
        Assert.False(form.Values.MarketingConsent);
        Assert.Empty(form.Errors);
    }

    [Theory]
    [InlineData("en-US", "US")]
    [InlineData("en-IE", "IE")]
    [InlineData("en_AU", "AU")]
    [InlineData("en-UK", "GB")]
    [InlineData("fr-FR", "")]
    [InlineData("en", "")]
    [InlineData(null, "")]
    public void Empty_GuessesTheCountryFromTheLocaleOnlyWhereTheTrialShips(string? locale, string country)
    {
        Assert.Equal(country, SignupForm.Empty(locale).Country);
    }

    [Fact]
    public void Submit_Valid_ShowsTheTextStepsSummaryWithTheSameConsentRecord()
    {
        var state = Started();

        var outcome = TrialSignupForm.Submit(state, Valid with { Phone = "07700 900123", MarketingConsent = true }, Trial, Now);

        Assert.False(outcome.Completed);
        Assert.Equal(SignupStep.Confirm, state.Step);
        var summary = Assert.Single(outcome.Replies);
        Assert.Contains("Please check your details", summary.Text, StringComparison.Ordinal);
        Assert.Equal([Phrases.Yes, Phrases.Cancel], summary.SuggestedActions);
        Assert.Equal("Jane Smith", state.Name);
        Assert.Equal("jane@example.com", state.Email);
        Assert.Equal("12 High Street, Bristol, BS1 4DJ, United Kingdom", state.Address);
        Assert.Equal("07700 900123", state.Phone);
        Assert.True(state.AgeConfirmed);
        Assert.True(state.MarketingConsent);
        Assert.Equal(Now, state.ConsentAt);
        Assert.Equal("2026-11-25", state.ConsentVersion);
    }

    [Fact]
    public void Submit_ThenYes_CompletesThroughTheTextStepsConfirm()
    {
        var state = Started();
        TrialSignupForm.Submit(state, Valid, Trial, Now);

        var outcome = TrialSignupFlow.Next(state, "yes", Trial, Now);

        Assert.True(outcome.Completed);
        Assert.False(state.MarketingConsent);
    }

    [Fact]
    public void Submit_WithBadFields_KeepsTheValuesAndPutsAnErrorUnderEach()
    {
        var state = Started();
        var bad = Valid with { Name = "jane@example.com", Age = "yes", Postcode = "12345", Phone = "call me" };

        var outcome = TrialSignupForm.Submit(state, bad, Trial, Now);

        Assert.Equal(SignupStep.Form, state.Step);
        var form = Assert.Single(outcome.Replies).Form!;
        Assert.Equal(bad, form.Values);
        Assert.Equal([SignupFormField.Name, SignupFormField.Age, SignupFormField.Postcode, SignupFormField.Phone], form.Errors.Keys.Order());
        Assert.Contains("postcode in United Kingdom", form.Errors[SignupFormField.Postcode], StringComparison.Ordinal);
        Assert.Contains("3 March 1990", form.Errors[SignupFormField.Age], StringComparison.Ordinal);
        Assert.Null(state.Email);
    }

    [Theory]
    [InlineData("US", "20500")]
    [InlineData("US", "20500-0001")]
    [InlineData("GB", "SW1A 2AA")]
    [InlineData("CA", "K1A 0B1")]
    [InlineData("AU", "2000")]
    [InlineData("IE", "D02 X285")]
    public void Submit_WithAPostcodeOfTheCountry_IsAccepted(string country, string postcode)
    {
        var state = Started();

        TrialSignupForm.Submit(state, Valid with { Country = country, Postcode = postcode }, Trial, Now);

        Assert.Equal(SignupStep.Confirm, state.Step);
    }

    [Theory]
    [InlineData("GB", "20500")]
    [InlineData("US", "BS1 4DJ")]
    [InlineData("AU", "200")]
    [InlineData("CA", "K1A0B")]
    [InlineData("IE", "")]
    public void Submit_WithAPostcodeOfAnotherCountry_PointsAtThePostcode(string country, string postcode)
    {
        var state = Started();

        var form = Assert.Single(TrialSignupForm.Submit(state, Valid with { Country = country, Postcode = postcode }, Trial, Now).Replies).Form!;

        Assert.Equal(SignupFormField.Postcode, Assert.Single(form.Errors).Key);
    }

    [Fact]
    public void Submit_WithoutACountryTheTrialShipsTo_AsksForTheCountry()
    {
        var state = Started();

        var form = Assert.Single(TrialSignupForm.Submit(state, Valid with { Country = "FR" }, Trial, Now).Replies).Form!;

        Assert.Equal(SignupFormField.Country, Assert.Single(form.Errors).Key);
    }

    [Fact]
    public void Submit_WithAMistypedEmailDomain_AsksDidYouMeanBeforeGoingOn()
    {
        var state = Started();

        var outcome = TrialSignupForm.Submit(state, Valid with { Email = "jane@gmial.com" }, Trial, Now);

        var form = Assert.Single(outcome.Replies).Form!;
        Assert.Equal("jane@gmail.com", form.EmailSuggestion);
        Assert.Contains("Did you mean jane@gmail.com?", form.Errors[SignupFormField.Email], StringComparison.Ordinal);
        Assert.Equal(SignupStep.Form, state.Step);
    }

    [Theory]
    [InlineData("jane@gmail.com", "jane@gmail.com")]
    [InlineData("jane@gmial.com", "jane@gmial.com")]
    public void Submit_AfterChoosingAnAddress_UsesTheChosenOne(string chosen, string expected)
    {
        var state = Started();

        TrialSignupForm.Submit(state, Valid with { Email = "jane@gmial.com", EmailCheck = chosen }, Trial, Now);

        Assert.Equal(SignupStep.Confirm, state.Step);
        Assert.Equal(expected, state.Email);
    }

    [Theory]
    [InlineData("17")]
    [InlineData("almost 18")]
    [InlineData("born 3 March 2015")]
    public void Submit_AMinor_EndsTheSignupAndDiscardsEverything(string age)
    {
        var state = Started();

        var outcome = TrialSignupForm.Submit(state, Valid with { Age = age, Postcode = "wrong" }, Trial, Now);

        Assert.True(outcome.Ended);
        Assert.False(outcome.Completed);
        Assert.Contains("only for adults aged 18 or over", outcome.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(SignupStep.None, state.Step);
        Assert.Null(state.Form);
    }

    [Theory]
    [InlineData("3 March 1990")]
    [InlineData("1990-03-03")]
    [InlineData("thirty four")]
    public void Submit_AnAdultsAgeOrDateOfBirth_IsAccepted(string age)
    {
        var state = Started();

        TrialSignupForm.Submit(state, Valid with { Age = age }, Trial, Now);

        Assert.Equal(SignupStep.Confirm, state.Step);
    }

    [Fact]
    public void Next_TextTypedWhileTheFormWaits_PointsAtTheFormWithoutSendingItAgain()
    {
        var state = Started();

        var outcome = TrialSignupFlow.Next(state, "Jane Smith", Trial, Now);

        var reply = Assert.Single(outcome.Replies);
        Assert.Equal(ReplyText.FormTypedInstead, reply.Text);
        Assert.Null(reply.Form);
        Assert.Equal(SignupStep.Form, state.Step);
    }

    private static SignupState Started()
    {
        var state = new SignupState();
        TrialSignupFlow.Start(state, Trial, SignupForm.Empty(null));
        return state;
    }
}
