namespace GutSkin.Bot.Conversation.Steps;

/// <summary>A submit of the trial signup form card. Only a signup waiting for its form takes it: a second submit after
/// the signup was sent or cancelled is told so and stores nothing, and a value that cannot be read gets a friendly
/// reply. What the visitor typed is screened for red flags like any signup answer.</summary>
internal sealed class SignupFormStep : ITurnStep
{
    /// <inheritdoc />
    public TurnResult? TryHandle(ConversationTurn turn)
    {
        var message = turn.Message;
        if (message.Form is null && !message.UnreadableForm)
        {
            return null;
        }

        var signup = turn.State.Signup;
        var trial = turn.Content.Offers?.Trial;
        if (message.Form is not { } form)
        {
            return new TurnResult(signup.Step == SignupStep.Form && trial is not null
                ? [new Reply(ReplyText.FormUnreadable), SignupPrompts.For(signup, trial)]
                : [new Reply(ReplyText.FormUnreadable, Phrases.Topics)]);
        }

        if (signup.Step is not (SignupStep.Form or SignupStep.Confirm) || signup.Form is null)
        {
            return TurnResult.Say(ReplyText.FormNotWaiting, Phrases.Topics);
        }

        if (trial is null)
        {
            return new TurnResult(TrialSignupFlow.End(signup, ReplyText.SignupUnavailable).Replies);
        }

        // The free-text fields, as the text steps screen each answer.
        if (turn.Screen($"{form.Name}. {form.Age}. {form.Street}") is { Urgent: true } screened)
        {
            return UrgentTurn.Reply(turn.State, message, screened.UrgentCategory);
        }

        return new TurnResult(TrialSignupForm.Submit(signup, form, trial, turn.Now).Replies);
    }
}
