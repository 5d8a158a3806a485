using GutSkin.Bot.Hosting;
using GutSkin.Bot.Tests.Support;
using GutSkin.Data;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GutSkin.Bot.Tests.Hosting;

public sealed class AdapterWithErrorHandlerTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task OnTurnError_ApologisesOnceWithoutDetailsAndClearsConversationState()
    {
        var adapter = CreateAdapter();
        var conversation = fixture.StartConversation(BotFixture.TextChannel);
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
        var conversation = fixture.StartConversation(BotFixture.TextChannel);
        await conversation.SayAllAsync("sign me up for the trial", "Jane");
        var racedTurn = conversation.Adapter.MakeActivity("anything");
        racedTurn.ChannelId = conversation.Adapter.Conversation.ChannelId;
        using var context = new TurnContext(conversation.Adapter, racedTurn);

        await adapter.OnTurnError(context, new ETagConflictException("conversation/1"));

        Assert.Equal(AdapterWithErrorHandler.SendAgain, conversation.Adapter.GetNextReply().AsMessageActivity().Text);
        var next = await conversation.SayAsync("jane@example.com");
        Assert.Contains("shipping address", next.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessActivity_RequestCancelledMidTurn_KeepsTheSignupLogsNoErrorAndSendsNothing()
    {
        using var host = new BotHost();
        var conversationId = Guid.NewGuid().ToString("N");
        await host.SayAsync("sign me up for the trial", conversationId);
        await host.SayAsync("Jane", conversationId);
        var adapter = host.Service<AdapterWithErrorHandler>();
        var bot = host.Service<IBot>();
        var dropped = BotHost.Message("jane@example.com", conversationId).ToObject<Activity>()!;
        using var visitorWentAway = new CancellationTokenSource();
        await visitorWentAway.CancelAsync();

        var response = await adapter.ProcessUnauthenticatedAsync(dropped, bot.OnTurnAsync, visitorWentAway.Token);

        var sent = (response?.Body as ExpectedReplies)?.Activities ?? [];
        Assert.Empty(sent);
        Assert.DoesNotContain(host.Logs.Entries, entry => entry.Level >= LogLevel.Warning);
        var next = await host.SayAsync("jane@example.com", conversationId);
        Assert.Contains(next, reply => reply.Contains("shipping address", StringComparison.Ordinal));
    }

    private AdapterWithErrorHandler CreateAdapter() => new(
        new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build()),
        NullLogger<AdapterWithErrorHandler>.Instance,
        fixture.ConversationState);
}
