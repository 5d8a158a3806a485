using GutSkin.Data;
using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Search;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Conversation.Steps;

/// <summary>Every message of a signup in progress that no command took: the answer to the signup's question, or a
/// question asked in the middle, answered before the signup asks its own question again. Ends the turn whenever a
/// signup is in progress; the steps after it see only conversations without one.</summary>
internal sealed class SignupInProgressStep : ITurnStep
{
    /// <inheritdoc />
    public TurnResult? TryHandle(ConversationTurn turn)
    {
        if (!turn.SigningUp)
        {
            return null;
        }

        if (!Phrases.LooksLikeQuestion(turn.Text))
        {
            // An answer to the signup's own question ("Jane Smith", an email) is not searched: only a red flag (the
            // safety step) or a request for an offer changes what happens next.
            return Continue(turn, turn.Screened?.Offer);
        }

        var answer = turn.Answer;
        return AnswerMeanwhile(turn, answer) ?? Continue(turn, answer.Offer);
    }

    // A question in the middle of the signup is answered, then the signup resumes where it was; null when the
    // question has no answer, so that the text goes to the signup step.
    private static TurnResult? AnswerMeanwhile(ConversationTurn turn, Answer answer)
    {
        if (turn.Content.Offers?.Trial is null || answer.Offer is not null)
        {
            return null;
        }

        if (answer.Reason == NoAnswerReason.Clinician)
        {
            return new TurnResult([new Reply(ReplyText.ClinicianReferral), SignupResume.Prompt(turn)]) { Kind = AnswerKind.Clinician };
        }

        if (answer.Answered && answer.Section is { } section && answer.Passage is { } passage)
        {
            var replies = SectionAnswer.Quoted(turn.State, turn.Text, section, passage);
            replies.Add(SignupResume.Prompt(turn));
            return new TurnResult(replies) { Kind = AnswerKind.Answer, SectionId = section.Id, Confidence = answer.Confidence };
        }

        return null;
    }

    private static TurnResult Continue(ConversationTurn turn, OfferKind? offer)
    {
        var state = turn.State;
        if (turn.Content.Offers is not { Trial: { } trial } offers)
        {
            return new TurnResult(TrialSignupFlow.End(state.Signup, ReplyText.SignupUnavailable).Replies);
        }

        if (offer == OfferKind.Guide)
        {
            return new TurnResult([new Reply(ReplyText.GuideNoSignup, null, [OfferCards.Guide(offers.Guide)]), SignupResume.Prompt(turn)]);
        }

        var outcome = TrialSignupFlow.Next(state.Signup, turn.Text, trial, turn.Now);
        if (!outcome.Completed)
        {
            return new TurnResult(outcome.Replies);
        }

        var lead = LeadOf(state.Signup, turn);
        TrialSignupFlow.Clear(state.Signup);
        state.OfferShown = true;
        var done = new List<Reply>(outcome.Replies);
        if (!string.IsNullOrWhiteSpace(trial.Disclaimer))
        {
            // The disclaimer goes before the last reply so that the topics stay on the last message.
            done.Insert(done.Count - 1, new Reply($"_{trial.Disclaimer}_"));
        }

        return new TurnResult(done) { Lead = lead };
    }

    private static Lead LeadOf(SignupState signup, ConversationTurn turn) => new(
        Offer: "trial",
        Email: signup.Email!,
        Name: signup.Name!,
        Address: signup.Address,
        Phone: signup.Phone,
        AgeConfirmed: signup.AgeConfirmed,
        MarketingConsent: signup.MarketingConsent == true,
        ConsentAt: signup.ConsentAt,
        ConsentVersion: signup.ConsentVersion,
        UserId: turn.Message.UserId,
        Channel: turn.Message.Channel,
        CreatedAt: turn.Now,
        UpdatedAt: turn.Now);
}
