using GutSkin.Bot.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace GutSkin.Bot.Bots;

/// <summary>Turns the flows' channel-free <see cref="Reply"/> into a Bot Framework activity.</summary>
internal static class ReplyActivity
{
    /// <summary>A message activity with Markdown text, suggested actions (imBack), hero cards and the signup form card.</summary>
    public static IActivity From(Reply reply)
    {
        var activity = MessageFactory.Text(reply.Text);
        activity.TextFormat = TextFormatTypes.Markdown;
        if (reply.SuggestedActions is { Count: > 0 } actions)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = [.. actions.Select(action => new CardAction(ActionTypes.ImBack, action, value: action))],
            };
        }

        if (reply.Cards is { Count: > 0 } cards)
        {
            activity.Attachments = [.. cards.Select(Card)];
            activity.AttachmentLayout = cards.Count > 1 ? AttachmentLayoutTypes.Carousel : AttachmentLayoutTypes.List;
        }

        if (reply.Form is { } form)
        {
            activity.Attachments = [SignupFormCard.From(form)];
        }

        return activity;
    }

    private static Attachment Card(ReplyCard card) =>
        new HeroCard(
            title: card.Title,
            text: card.Text,
            buttons: [.. card.Buttons.Select(button => button.OpensUrl
                ? new CardAction(ActionTypes.OpenUrl, button.Title, value: button.Value)
                : new CardAction(ActionTypes.ImBack, button.Title, value: button.Value))]).ToAttachment();
}
