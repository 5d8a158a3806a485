using GutSkin.Bot.Recognition;
using GutSkin.Knowledge.Content;

namespace GutSkin.Bot.Conversation;

/// <summary>The trial signup as one form, for channels with Adaptive Cards: every field checked at once by the text
/// steps' own validators (<see cref="TrialSignupFlow"/>), the form sent back with the visitor's values and an error
/// under each bad field, and after a valid submit the same summary and confirm step as the text steps, with the same
/// consent record (the wording's version and the time it was given). No I/O.</summary>
internal static class TrialSignupForm
{
    /// <summary>The reply to text typed while the form waits.</summary>
    public const string TypedInstead = "Please fill in the signup form above and press \"Send my details\". You can also type cancel.";

    /// <summary>The reply to a form submitted when no signup is waiting for it (already sent, cancelled or ended).</summary>
    public const string NotWaiting = "That signup form has already been sent or was cancelled, so I haven't used it again. Say \"sign me up for the trial\" to start a new one.";

    /// <summary>The reply to a submit whose values could not be read.</summary>
    public const string Unreadable = "Sorry, I couldn't read that form. Please fill it in again and press \"Send my details\".";

    // What a postcode looks like, for the error message, by country code.
    private static readonly Dictionary<string, string> PostcodeExamples = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GB"] = "a UK postcode, like BS1 4DJ",
        ["IE"] = "an Eircode, like D02 X285",
        ["US"] = "a ZIP code, like 20500 or 20500-0001",
        ["CA"] = "a Canadian postal code, like K1A 0B1",
        ["AU"] = "an Australian postcode, like 2000",
    };

    /// <summary>The form with the values last sent or submitted, and a line saying what to do with it.</summary>
    public static Reply Prompt(SignupState state, Offer trial) =>
        new("Please fill in this form and press \"Send my details\".", [Phrases.Cancel], Form: View(state.Form ?? SignupForm.Empty(null), trial, new Dictionary<SignupFormField, string>()));

    /// <summary>Checks a submitted form. Errors: the form again, values kept, an error under each bad field. An age
    /// under 18: the signup ends, as in the text steps. Otherwise the details are kept and the summary is shown.</summary>
    public static SignupOutcome Submit(SignupState state, SignupForm form, Offer trial, DateTimeOffset now)
    {
        state.Form = form;
        var errors = new Dictionary<SignupFormField, string>();
        if (TrialSignupFlow.TryValidateAge(form.Age, DateOnly.FromDateTime(now.Date), out var adult, out var message))
        {
            if (!adult)
            {
                TrialSignupFlow.Clear(state);
                return new SignupOutcome([new Reply(TrialSignupFlow.MinorReply, Phrases.Topics)], Ended: true);
            }
        }
        else
        {
            errors[SignupFormField.Age] = message;
        }

        if (!TrialSignupFlow.TryValidateName(form.Name, out var name, out message))
        {
            errors[SignupFormField.Name] = message;
        }

        var email = CheckEmail(form, errors, out var suggestion);
        if (!TrialSignupFlow.TryValidateStreet(form.Street, out var street, out message))
        {
            errors[SignupFormField.Street] = message;
        }

        var postcode = form.Postcode.Trim().ToUpperInvariant();
        if (!PostalAddressPatterns.Countries.TryGetValue(form.Country, out var country))
        {
            errors[SignupFormField.Country] = "Please choose the country to send the trial to.";
        }
        else if (!PostalAddressPatterns.IsPlausiblePostcode(postcode, form.Country))
        {
            errors[SignupFormField.Postcode] = $"That doesn't look like a postcode in {country}. Please type {PostcodeExamples[form.Country]}.";
        }

        string? phone = null;
        if (form.Phone.Trim().Length > 0 && !TrialSignupFlow.TryValidatePhone(form.Phone, out phone, out message))
        {
            errors[SignupFormField.Phone] = message;
        }

        if (errors.Count > 0)
        {
            var intro = errors.Count == 1 && suggestion is not null
                ? "One more thing before I send it: please check your email address below."
                : "Some details need another look: please check the fields marked below.";
            return new SignupOutcome([new Reply(intro, [Phrases.Cancel], Form: View(form, trial, errors, suggestion))]);
        }

        state.Name = name;
        state.Email = email;
        state.Address = $"{street}, {postcode}, {country}";
        state.Phone = phone;
        state.AgeConfirmed = true;
        state.MarketingConsent = form.MarketingConsent;
        state.ConsentAt = now;
        state.ConsentVersion = trial.ConsentVersion;
        state.Step = SignupStep.Confirm;
        return new SignupOutcome([TrialSignupFlow.Prompt(state, trial)]);
    }

    // The address to use, or an error: unreadable, or a mistyped domain the visitor has not yet settled by choosing the
    // suggestion or the address as typed.
    private static string CheckEmail(SignupForm form, Dictionary<SignupFormField, string> errors, out string? suggestion)
    {
        suggestion = null;
        if (!TrialSignupFlow.TryValidateEmail(form.Email, out var email, out var message))
        {
            errors[SignupFormField.Email] = message;
            return email;
        }

        if (EmailDomainTypos.Suggest(email) is not { } corrected)
        {
            return email;
        }

        if (string.Equals(form.EmailCheck, corrected, StringComparison.OrdinalIgnoreCase))
        {
            return corrected;
        }

        if (string.Equals(form.EmailCheck, email, StringComparison.OrdinalIgnoreCase))
        {
            return email;
        }

        suggestion = corrected;
        errors[SignupFormField.Email] = $"Did you mean {corrected}? Please choose which address is right.";
        return email;
    }

    private static SignupFormView View(SignupForm values, Offer trial, IReadOnlyDictionary<SignupFormField, string> errors, string? suggestion = null) =>
        new(trial.Title, values, errors, trial.ConsentWording ?? TrialSignupFlow.DefaultConsentWording, suggestion);
}
