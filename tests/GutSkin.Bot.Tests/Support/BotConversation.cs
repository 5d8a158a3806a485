using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace GutSkin.Bot.Tests.Support;

/// <summary>One conversation with the bot through the SDK's <see cref="TestAdapter"/>, collecting every reply of a turn.</summary>
internal sealed class BotConversation
{
    public BotConversation(IBot bot, string channel, string? userId = null)
    {
        Bot = bot;
        UserId = userId ?? $"user-{Guid.NewGuid():N}";
        Adapter = new TestAdapter(new ConversationReference
        {
            ChannelId = channel,
            ServiceUrl = "https://test.com",
            User = new ChannelAccount(UserId, "Jane"),
            Bot = new ChannelAccount("bot", "GutSkin"),
            Conversation = new ConversationAccount(false, "personal", $"conversation-{Guid.NewGuid():N}"),
        });
    }

    public TestAdapter Adapter { get; }

    public IBot Bot { get; }

    public string UserId { get; }

    /// <summary>A TestFlow over the same adapter and bot, for step-by-step assertions.</summary>
    public TestFlow Flow() => new(Adapter, Bot);

    public async Task<Turn> SayAsync(string text)
    {
        await Adapter.SendTextToBotAsync(text, Bot.OnTurnAsync, CancellationToken.None);
        return Drain();
    }

    public async Task<Turn> SendAsync(Activity activity)
    {
        await Adapter.ProcessActivityAsync(activity, Bot.OnTurnAsync, CancellationToken.None);
        return Drain();
    }

    /// <summary>Says each line in turn and returns the last turn's replies.</summary>
    public async Task<Turn> SayAllAsync(params string[] lines)
    {
        Turn last = new([]);
        foreach (var line in lines)
        {
            last = await SayAsync(line);
        }

        return last;
    }

    private Turn Drain()
    {
        var replies = new List<IMessageActivity>();
        while (Adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply.AsMessageActivity());
        }

        return new Turn(replies);
    }
}
