using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Conversation.Steps;

/// <summary>A request for one of the free offers: the guide's card, or the start of the trial signup (the form on
/// channels that show Adaptive Cards, one question at a time elsewhere, never in a group chat).</summary>
internal sealed class OfferRequestStep : ITurnStep
{
    /// <inheritdoc />
    public TurnResult? TryHandle(ConversationTurn turn) =>
        turn.Answer.Offer is { } kind ? Offer(turn, kind) with { Kind = AnswerKind.Offer } : null;

    private static TurnResult Offer(ConversationTurn turn, OfferKind kind)
    {
        if (turn.Content.Offers is not { } offers)
        {
            return TurnResult.Say(ReplyText.OfferUnavailable, Phrases.Topics);
        }

        turn.State.OfferShown = true;
        if (kind == OfferKind.Guide)
        {
            return new TurnResult([new Reply(ReplyText.GuideNoSignup, Phrases.Topics, [OfferCards.Guide(offers.Guide)])]);
        }

        // Everyone in a channel or group chat would read the name, email and address: the signup happens in private.
        var message = turn.Message;
        if (message.InGroup)
        {
            return TurnResult.Say(ReplyText.PrivateSignup, Phrases.Topics);
        }

        var form = SignupChannels.ShowsForm(message.Channel) ? SignupForm.Empty(message.Locale) : null;
        return new TurnResult(TrialSignupFlow.Start(turn.State.Signup, offers.Trial, form).Replies);
    }
}
