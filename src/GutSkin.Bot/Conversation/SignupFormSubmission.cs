using GutSkin.Knowledge;

namespace GutSkin.Bot.Conversation;

/// <summary>A turn that submits the trial signup form card. Only a signup waiting for its form takes it: a second
/// submit after the signup was sent or cancelled is told so and stores nothing, and a value that cannot be read gets
/// a friendly reply. What the visitor typed is screened for red flags like any signup answer.</summary>
internal static class SignupFormSubmission
{
    /// <summary>Handles the submit in <paramref name="message"/> (its <see cref="UserMessage.Form"/>, or
    /// <see cref="UserMessage.UnreadableForm"/>).</summary>
    public static TurnResult Next(ConversationData state, UserMessage message, LiveKnowledge knowledge, DateTimeOffset now)
    {
        var signup = state.Signup;
        var trial = knowledge.Current.Offers?.Trial;
        if (message.Form is not { } form)
        {
            return new TurnResult(signup.Step == SignupStep.Form && trial is not null
                ? [new Reply(TrialSignupForm.Unreadable), TrialSignupFlow.Prompt(signup, trial)]
                : [new Reply(TrialSignupForm.Unreadable, Phrases.Topics)]);
        }

        if (signup.Step is not (SignupStep.Form or SignupStep.Confirm) || signup.Form is null)
        {
            return new TurnResult([new Reply(TrialSignupForm.NotWaiting, Phrases.Topics)]);
        }

        if (trial is null)
        {
            TrialSignupFlow.Clear(signup);
            return new TurnResult([new Reply(TrialSignupFlow.Unavailable, Phrases.Topics)]);
        }

        // The free-text fields, as the text steps screen each answer.
        if (knowledge.Screen($"{form.Name}. {form.Age}. {form.Street}") is { Urgent: true } screened)
        {
            return UrgentTurn.Reply(state, message, screened.UrgentCategory);
        }

        return new TurnResult(TrialSignupForm.Submit(signup, form, trial, now).Replies);
    }
}
