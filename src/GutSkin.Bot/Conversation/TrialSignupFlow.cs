using GutSkin.Bot.Recognition;
using GutSkin.Knowledge.Content;

namespace GutSkin.Bot.Conversation;

/// <summary>The free-trial signup as a small state machine: the step last asked and one switch (after
/// BotBuilder-Samples 44.prompt-users-for-input). The checks are <see cref="SignupValidation"/>'s, the questions
/// <see cref="SignupPrompts"/>'. No I/O.</summary>
internal static class TrialSignupFlow
{
    /// <summary>How many unreadable emails end the signup.</summary>
    public const int MaxEmailAttempts = 3;

    /// <summary>Starts a signup: the offer's wording, the disclaimer, then the first question, or the whole form when
    /// <paramref name="form"/> (its starting values) is given.</summary>
    public static SignupOutcome Start(SignupState state, Offer trial, SignupForm? form = null)
    {
        Clear(state);
        state.Step = form is null ? SignupStep.Name : SignupStep.Form;
        state.Form = form;
        var replies = new List<Reply> { SignupPrompts.Intro(trial) };
        if (!string.IsNullOrWhiteSpace(trial.Disclaimer))
        {
            replies.Add(new Reply($"_{trial.Disclaimer}_"));
        }

        replies.Add(SignupPrompts.For(state, trial));
        return new SignupOutcome(replies);
    }

    /// <summary>Handles the user's answer to the current step.</summary>
    public static SignupOutcome Next(SignupState state, string input, Offer trial, DateTimeOffset now)
    {
        string message;
        switch (state.Step)
        {
            case SignupStep.Name:
                if (SignupValidation.TryValidateName(input, out var name, out message))
                {
                    state.Name = name;
                    return Advance(state, SignupStep.Email, trial);
                }

                break;

            case SignupStep.Email:
                if (SignupValidation.TryValidateEmail(input, out var email, out message))
                {
                    state.Email = email;
                    return Advance(state, EmailDomainTypos.Suggest(email) is null ? SignupStep.Address : SignupStep.EmailCheck, trial);
                }

                state.EmailAttempts++;
                if (state.EmailAttempts >= MaxEmailAttempts)
                {
                    return End(state, ReplyText.EmailGivenUp);
                }

                break;

            case SignupStep.EmailCheck:
                if (SignupValidation.TryValidateYesNo(input, out var useSuggestion, out message))
                {
                    state.Email = useSuggestion ? EmailDomainTypos.Suggest(state.Email!) ?? state.Email : state.Email;
                    return Advance(state, SignupStep.Address, trial);
                }

                break;

            case SignupStep.Address:
                if (SignupValidation.TryValidateAddress(input, out var address, out message))
                {
                    state.Address = address;
                    return Advance(state, SignupStep.Phone, trial);
                }

                break;

            case SignupStep.Phone:
                if (SignupValidation.TryValidatePhone(input, out var phone, out message))
                {
                    state.Phone = phone;
                    return Advance(state, SignupStep.Age, trial);
                }

                break;

            case SignupStep.Age:
                if (SignupValidation.TryValidateAge(input, DateOnly.FromDateTime(now.Date), out var adult, out message))
                {
                    if (!adult)
                    {
                        return End(state, ReplyText.Minor);
                    }

                    state.AgeConfirmed = true;
                    return Advance(state, SignupStep.Consent, trial);
                }

                break;

            case SignupStep.Consent:
                if (SignupValidation.TryValidateYesNo(input, out var consent, out message))
                {
                    state.MarketingConsent = consent;
                    state.ConsentAt = now;
                    state.ConsentVersion = trial.ConsentVersion;
                    return Advance(state, SignupStep.Confirm, trial);
                }

                break;

            case SignupStep.Confirm:
                if (SignupValidation.TryValidateYesNo(input, out var confirmed, out message))
                {
                    if (!confirmed)
                    {
                        return End(state, ReplyText.NotSignedUp);
                    }

                    var done = ReplyText.TrialOnItsWay(MarkdownText.Escape(state.Name), MarkdownText.Escape(state.Email));
                    return new SignupOutcome([new Reply(done, Phrases.Topics)], Completed: true, Ended: true);
                }

                break;

            case SignupStep.Form:
                // Typed instead of filling in the form: the form is still there, so it is not sent again.
                message = ReplyText.FormTypedInstead;
                break;

            default:
                return new SignupOutcome([], Ended: true);
        }

        return new SignupOutcome([new Reply(message, SignupPrompts.For(state, trial).SuggestedActions)]);
    }

    /// <summary>Ends the signup, forgetting what was typed, with <paramref name="reply"/> and the topics.</summary>
    public static SignupOutcome End(SignupState state, string reply)
    {
        Clear(state);
        return new SignupOutcome([new Reply(reply, Phrases.Topics)], Ended: true);
    }

    /// <summary>Forgets everything typed so far.</summary>
    public static void Clear(SignupState state)
    {
        state.Step = SignupStep.None;
        state.Name = null;
        state.Email = null;
        state.EmailAttempts = 0;
        state.Address = null;
        state.Phone = null;
        state.AgeConfirmed = false;
        state.MarketingConsent = null;
        state.ConsentAt = null;
        state.ConsentVersion = null;
        state.Form = null;
    }

    private static SignupOutcome Advance(SignupState state, SignupStep next, Offer trial)
    {
        state.Step = next;
        return new SignupOutcome([SignupPrompts.For(state, trial)]);
    }
}
