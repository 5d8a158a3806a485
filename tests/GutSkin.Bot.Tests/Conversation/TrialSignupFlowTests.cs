using GutSkin.Bot.Conversation;
using GutSkin.Knowledge.Content;

namespace GutSkin.Bot.Tests.Conversation;

/// <summary>The signup state machine on its own: <c>Next(state, input)</c> with no bot, storage or knowledge.</summary>
public sealed class TrialSignupFlowTests
{
    private static readonly Offer Trial = new(
        OfferKind.Trial, "Free trial", "https://example.com/trial", "Try it.", ["trial"],
        SignupWording: "Great! A few details, please.", TermsUrl: "https://example.com/terms", Disclaimer: "Not a medicine.",
        ConsentWording: "Emails from us?", ConsentVersion: "2026-11-25");

    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Next_FullSignup_CompletesWithEverythingCollected()
    {
        var state = new SignupState();
        TrialSignupFlow.Start(state, Trial);

        SignupOutcome outcome = new([]);
        foreach (var input in new[] { "my name is Jane", "it's jane@example.com", "12 High Street, Bristol, BS1 4DJ", "skip", "born on March 3rd 1990", "no", "yes" })
        {
            outcome = TrialSignupFlow.Next(state, input, Trial, Now);
        }

        Assert.True(outcome.Completed);
        Assert.Equal("Jane", state.Name);
        Assert.Equal("jane@example.com", state.Email);
        Assert.Null(state.Phone);
        Assert.True(state.AgeConfirmed);
        Assert.False(state.MarketingConsent);
        Assert.Equal(Now, state.ConsentAt);
        Assert.Equal("2026-11-25", state.ConsentVersion);
    }

    [Theory]
    [InlineData("yes", "jane@gmail.com")]
    [InlineData("no", "jane@gmial.com")]
    public void Next_EmailWithAMistypedDomain_AsksDidYouMeanBeforeTheAddress(string answer, string expected)
    {
        var state = new SignupState();
        TrialSignupFlow.Start(state, Trial);
        TrialSignupFlow.Next(state, "Jane", Trial, Now);

        var asked = TrialSignupFlow.Next(state, "jane@gmial.com", Trial, Now);
        var answered = TrialSignupFlow.Next(state, answer, Trial, Now);

        Assert.Contains("Did you mean jane@gmail\\.com?", asked.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal([Phrases.Yes, Phrases.No], asked.Replies[0].SuggestedActions);
        Assert.Equal(expected, state.Email);
        Assert.Equal(SignupStep.Address, state.Step);
        Assert.Contains("shipping address", answered.Replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_WithInvalidEmailThreeTimes_EndsAndDiscards()
    {
        var state = new SignupState();
        TrialSignupFlow.Start(state, Trial);
        TrialSignupFlow.Next(state, "Jane", Trial, Now);

        var first = TrialSignupFlow.Next(state, "nope", Trial, Now);
        var second = TrialSignupFlow.Next(state, "nope", Trial, Now);
        var third = TrialSignupFlow.Next(state, "nope", Trial, Now);

        Assert.False(first.Ended);
        Assert.False(second.Ended);
        Assert.True(third.Ended);
        Assert.Equal(SignupStep.None, state.Step);
        Assert.Null(state.Name);
    }

    [Fact]
    public void Start_ShowsWordingTermsAndDisclaimerThenAsksName()
    {
        var state = new SignupState();

        var outcome = TrialSignupFlow.Start(state, Trial);

        var text = string.Join("\n", outcome.Replies.Select(r => r.Text));
        Assert.Contains("Great! A few details, please.", text, StringComparison.Ordinal);
        Assert.Contains("https://example.com/terms", text, StringComparison.Ordinal);
        Assert.Contains("Not a medicine.", text, StringComparison.Ordinal);
        Assert.Equal(SignupStep.Name, state.Step);
    }

    [Theory]
    [InlineData("Jane", "Jane")]
    [InlineData("My name is Jane Smith", "Jane Smith")]
    [InlineData("I'm Seán O'Brien-Kelly.", "Seán O'Brien-Kelly")]
    public void TryValidateName_AcceptsNames(string input, string expected)
    {
        Assert.True(SignupValidation.TryValidateName(input, out var name, out _));
        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("jane@example.com")]
    [InlineData("12345")]
    public void TryValidateName_RejectsNonNames(string input)
    {
        Assert.False(SignupValidation.TryValidateName(input, out _, out var message));
        Assert.NotEmpty(message);
    }

    [Theory]
    [InlineData("sure, it's jane@example.com", "jane@example.com")]
    [InlineData("JANE.DOE+gut@Example.co.uk", "jane.doe+gut@example.co.uk")]
    public void TryValidateEmail_FindsAddressInSentence(string input, string expected)
    {
        Assert.True(SignupValidation.TryValidateEmail(input, out var email, out _));
        Assert.Equal(expected, email);
    }

    [Fact]
    public void TryValidateEmail_WithoutAddress_GivesAnExample()
    {
        Assert.False(SignupValidation.TryValidateEmail("jane at example dot com", out _, out var message));
        Assert.Contains("jane@example.com", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12 High Street, Bristol, BS1 4DJ", true)]
    [InlineData("1600 Pennsylvania Ave NW, Washington, DC 20500", true)]
    [InlineData("London", false)]
    [InlineData("12 High Street, Bristol", false)]
    [InlineData("Flat 3, 12 High Street, Bristol, England", false)]
    [InlineData("Rose Cottage, Church Lane, Ely, CB7 4DL", true)]
    [InlineData("High Street Bristol England", false)]
    [InlineData("jane@example.com 12 street town", false)]
    public void TryValidateAddress_NeedsStreetTownAndAPostcode(string input, bool valid)
    {
        Assert.Equal(valid, SignupValidation.TryValidateAddress(input, out _, out _));
    }

    [Theory]
    [InlineData("call me on 07700 900123", "07700 900123")]
    [InlineData("+1 425 555 0100", "+1 425 555 0100")]
    [InlineData("skip", null)]
    [InlineData("no thanks", null)]
    public void TryValidatePhone_ReadsNumberOrSkip(string input, string? expected)
    {
        Assert.True(SignupValidation.TryValidatePhone(input, out var phone, out _));
        Assert.Equal(expected, phone);
    }

    [Fact]
    public void TryValidatePhone_WithoutNumber_AsksAgain()
    {
        Assert.False(SignupValidation.TryValidatePhone("my phone", out _, out var message));
        Assert.Contains("skip", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I'm 34", true)]
    [InlineData("thirty four", true)]
    [InlineData("34 years old", true)]
    [InlineData("born 3 March 1990", true)]
    [InlineData("I am 17", false)]
    [InlineData("almost 18", false)]
    [InlineData("18 next year", false)]
    [InlineData("I'm under 18", false)]
    [InlineData("born 3 March 2015", false)]
    public void TryValidateAge_ReadsAgeOrDateOfBirth(string input, bool adult)
    {
        Assert.True(SignupValidation.TryValidateAge(input, new DateOnly(2026, 11, 25), out var isAdult, out _));
        Assert.Equal(adult, isAdult);
    }

    [Theory]
    [InlineData("old enough")]
    [InlineData("yes")]
    [InlineData("34 or 35")]
    public void TryValidateAge_WithoutAClearAge_AsksAgain(string input)
    {
        Assert.False(SignupValidation.TryValidateAge(input, new DateOnly(2026, 11, 25), out var adult, out var message));
        Assert.False(adult);
        Assert.Contains("3 March 1990", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_ConsentUnanswered_HasNoDefault()
    {
        var state = new SignupState { Step = SignupStep.Consent, Name = "Jane" };

        var outcome = TrialSignupFlow.Next(state, "whatever", Trial, Now);

        Assert.Null(state.MarketingConsent);
        Assert.Equal(SignupStep.Consent, state.Step);
        Assert.Contains("yes or no", outcome.Replies[0].Text, StringComparison.Ordinal);
    }
}
