using GutSkin.Bot.Hosting;
using GutSkin.Bot.Tests.Support;
using GutSkin.Data;
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
        var adapter = CreateAdapter();
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

    [Fact]
    public async Task OnTurnError_ETagConflict_AsksToSendAgainAndKeepsTheSignup()
    {
        var adapter = CreateAdapter();
        var conversation = fixture.StartConversation();
        await conversation.SayAllAsync("sign me up for the trial", "Jane");
        var racedTurn = conversation.Adapter.MakeActivity("anything");
        racedTurn.ChannelId = conversation.Adapter.Conversation.ChannelId;
        using var context = new TurnContext(conversation.Adapter, racedTurn);

        await adapter.OnTurnError(context, new ETagConflictException("conversation/1"));

        Assert.Equal(AdapterWithErrorHandler.SendAgain, conversation.Adapter.GetNextReply().AsMessageActivity().Text);
        var next = await conversation.SayAsync("jane@example.com");
        Assert.Contains("shipping address", next.Text, StringComparison.Ordinal);
    }

    private AdapterWithErrorHandler CreateAdapter() => new(
        new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build()),
        NullLogger<AdapterWithErrorHandler>.Instance,
        fixture.ConversationState);
}
