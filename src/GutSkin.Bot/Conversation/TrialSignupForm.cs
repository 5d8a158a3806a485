using GutSkin.Bot.Recognition;
using GutSkin.Knowledge.Content;

namespace GutSkin.Bot.Conversation;

/// <summary>The trial signup as one form, for channels with Adaptive Cards: every field checked at once by the text
/// steps' own validators (<see cref="SignupValidation"/>), the form sent back with the visitor's values and an error
/// under each bad field, and after a valid submit the same summary and confirm step as the text steps, with the same
/// consent record (the wording's version and the time it was given). No I/O.</summary>
internal static class TrialSignupForm
{
    /// <summary>The form with the values last sent or submitted, and a line saying what to do with it.</summary>
    public static Reply Prompt(SignupState state, Offer trial) =>
        new(ReplyText.FormFillIn, [Phrases.Cancel], Form: View(state.Form ?? SignupForm.Empty(null), trial, new Dictionary<SignupFormField, string>()));

    /// <summary>Checks a submitted form. Errors: the form again, values kept, an error under each bad field. An age
    /// under 18: the signup ends, as in the text steps. Otherwise the details are kept and the summary is shown.</summary>
    public static SignupOutcome Submit(SignupState state, SignupForm form, Offer trial, DateTimeOffset now)
    {
        state.Form = form;
        var errors = new Dictionary<SignupFormField, string>();
        if (SignupValidation.TryValidateAge(form.Age, DateOnly.FromDateTime(now.Date), out var adult, out var message))
        {
            if (!adult)
            {
                return TrialSignupFlow.End(state, ReplyText.Minor);
            }
        }
        else
        {
            errors[SignupFormField.Age] = message;
        }

        if (!SignupValidation.TryValidateName(form.Name, out var name, out message))
        {
            errors[SignupFormField.Name] = message;
        }

        var email = CheckEmail(form, errors, out var suggestion);
        if (!SignupValidation.TryValidateStreet(form.Street, out var street, out message))
        {
            errors[SignupFormField.Street] = message;
        }

        var postcode = form.Postcode.Trim().ToUpperInvariant();
        if (!PostalAddressPatterns.Countries.TryGetValue(form.Country, out var country))
        {
            errors[SignupFormField.Country] = ReplyText.FormChooseCountry;
        }
        else if (!PostalAddressPatterns.IsPlausiblePostcode(postcode, form.Country))
        {
            errors[SignupFormField.Postcode] = ReplyText.PostcodeNotIn(country, ReplyText.PostcodeExamples[form.Country]);
        }

        string? phone = null;
        if (form.Phone.Trim().Length > 0 && !SignupValidation.TryValidatePhone(form.Phone, out phone, out message))
        {
            errors[SignupFormField.Phone] = message;
        }

        if (errors.Count > 0)
        {
            var intro = errors.Count == 1 && suggestion is not null
                ? ReplyText.FormCheckEmail
                : ReplyText.FormCheckFields;
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
        return new SignupOutcome([SignupPrompts.For(state, trial)]);
    }

    // The address to use, or an error: unreadable, or a mistyped domain the visitor has not yet settled by choosing the
    // suggestion or the address as typed.
    private static string CheckEmail(SignupForm form, Dictionary<SignupFormField, string> errors, out string? suggestion)
    {
        suggestion = null;
        if (!SignupValidation.TryValidateEmail(form.Email, out var email, out var message))
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
        errors[SignupFormField.Email] = ReplyText.DidYouMeanEmail(corrected);
        return email;
    }

    private static SignupFormView View(SignupForm values, Offer trial, IReadOnlyDictionary<SignupFormField, string> errors, string? suggestion = null) =>
        new(trial.Title, values, errors, trial.ConsentWording ?? ReplyText.DefaultConsentWording, suggestion);
}
