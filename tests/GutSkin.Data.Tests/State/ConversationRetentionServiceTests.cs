using GutSkin.Data.State;
using GutSkin.Data.Tests.Sql;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GutSkin.Data.Tests.State;

public sealed class ConversationRetentionServiceTests : IAsyncDisposable
{
    // What the bot stores for a conversation whose visitor is half-way through the trial signup.
    private const string SignupInProgress = """
        {"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Object, System.Private.CoreLib]], System.Private.CoreLib","ConversationData":{"$type":"GutSkin.Bot.Conversation.ConversationData, GutSkin.Bot","Welcomed":true,"DisclaimerShown":true,"OfferShown":true,"Signup":{"Step":3,"Name":"Jane Doe","Email":"jane@example.com","EmailAttempts":0,"AgeConfirmed":false}}}
        """;

    private readonly SqliteStorageUnderTest storage = new();
    private readonly CapturingLogger<ConversationRetentionService> logger = new();

    [Fact]
    public async Task Purge_KeepsASignupInProgressYoungerThanTheSettingAndDeletesItOnceOlder()
    {
        var state = new StateStore(storage.OpenInstance());
        await state.WriteAsync([new DocumentWrite("webchat/conversations/signup", SignupInProgress, null)], CancellationToken.None);
        var written = DateTimeOffset.UtcNow;

        await RunOnceAsync(state, new FakeTimeProvider(written.AddDays(29)));
        var kept = await state.ReadAsync(["webchat/conversations/signup"], CancellationToken.None);
        await RunOnceAsync(state, new FakeTimeProvider(written.AddDays(31)));
        var afterThirtyOneDays = await state.ReadAsync(["webchat/conversations/signup"], CancellationToken.None);

        Assert.Equal(SignupInProgress, kept["webchat/conversations/signup"].Json);
        Assert.Empty(afterThirtyOneDays);
        Assert.Equal(
            [
                "Information: Conversation retention: deleted 0 conversation and user state documents not written for 30 days",
                "Information: Conversation retention: deleted 1 conversation and user state documents not written for 30 days",
            ],
            logger.Messages);
    }

    [Fact]
    public void Options_ByDefault_KeepConversationsThirtyDaysAndUnansweredQuestions180()
    {
        var options = new DataOptions();

        Assert.Equal(30, options.ConversationRetentionDays);
        Assert.Equal(180, options.UnansweredRetentionDays);
    }

    public ValueTask DisposeAsync() => storage.DisposeAsync();

    private async Task RunOnceAsync(IStateStore state, FakeTimeProvider time)
    {
        var before = logger.Messages.Count;
        using var service = new ConversationRetentionService(state, Options.Create(new DataOptions { ConversationRetentionDays = 30 }), time, logger);
        await service.StartAsync(CancellationToken.None);

        // The purge runs on the service's own task; wait for its log line (a liveness bound, not a timing assertion).
        for (var i = 0; i < 600 && logger.Messages.Count == before; i++)
        {
            await Task.Delay(50);
        }

        await service.StopAsync(CancellationToken.None);
    }
}
