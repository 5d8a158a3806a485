using GutSkin.Bot.Hosting;
using GutSkin.Bot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace GutSkin.Bot.Tests.Hosting;

public sealed class AdapterWithErrorHandlerTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task OnTurnError_ApologisesOnceWithoutDetailsAndClearsConversationState()
    {
        var adapter = new AdapterWithErrorHandler(
            new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build()),
            NullLogger<AdapterWithErrorHandler>.Instance,
            fixture.ConversationState);
        var conversation = fixture.StartConversation();
        await conversation.SayAllAsync("sign me up for the trial", "Jane");
        var failedTurn = conversation.Adapter.MakeActivity("anything");
        failedTurn.ChannelId = conversation.Adapter.Conversation.ChannelId;
        using var context = new TurnContext(conversation.Adapter, failedTurn);

        await adapter.OnTurnError(context, new InvalidOperationException("secret internal detail"));

        var apology = conversation.Adapter.GetNextReply().AsMessageActivity();
        Assert.Equal(AdapterWithErrorHandler.Apology, apology.Text);
        Assert.Null(conversation.Adapter.GetNextReply());
        var next = await conversation.SayAsync("jane@example.com");
        Assert.DoesNotContain("shipping address", next.Text, StringComparison.Ordinal);
    }
}
