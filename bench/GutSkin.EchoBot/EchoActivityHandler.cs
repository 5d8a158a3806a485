using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace GutSkin.EchoBot;

/// <summary>Echoes every message and welcomes new members: one reply per turn, nothing stored.</summary>
internal sealed class EchoActivityHandler : ActivityHandler
{
    /// <summary>The welcome's text; the load test checks for it.</summary>
    public const string Welcome = "Welcome to the echo bot.";

    /// <inheritdoc />
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text($"Echo: {turnContext.Activity.Text}"), cancellationToken);

    /// <inheritdoc />
    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(Welcome), cancellationToken);
}
