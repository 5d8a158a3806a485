using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace GutSkin.Bot.Hosting;

/// <summary><c>dotnet run --project src/GutSkin.Bot -- chat</c>: the same bot, storage and knowledge as the web host,
/// driven through the SDK's real CloudAdapter with <c>expectReplies</c>, one line at a time.</summary>
internal sealed class ConsoleChat(AdapterWithErrorHandler adapter, IBot bot, IHostApplicationLifetime lifetime) : BackgroundService
{
    public const string Command = "chat";

    /// <summary>Builds the same services as the web host, without a web server, and chats until an empty line.</summary>
    public static async Task RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);

        // Local use only: no app id, so the adapter accepts the unauthenticated turns.
        builder.Configuration.AddInMemoryCollection([new("MicrosoftAppId", string.Empty), new("MicrosoftAppPassword", string.Empty)]);

        // Only warnings and errors, on stderr, so that logs do not interleave with the chat.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter((_, _, level) => level >= LogLevel.Warning);
        builder.AddGutSkinBot();
        builder.Services.AddHostedService<ConsoleChat>();
        await builder.Build().ValidateSettings().RunAsync();
    }

    private readonly string conversationId = $"console-{Guid.NewGuid():N}";
    private IReadOnlyList<string> suggestions = [];

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (schema, knowledge) before the first turn.
        await Task.Yield();
        Console.WriteLine("GutSkin chat. Type a message, a number to pick a suggestion, or an empty line to quit.");
        await TurnAsync(new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [User, BotAccount] }, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            Console.Write("> ");
            var line = await Console.In.ReadLineAsync(stoppingToken);
            if (string.IsNullOrWhiteSpace(line))
            {
                break;
            }

            if (int.TryParse(line.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pick) && pick >= 1 && pick <= suggestions.Count)
            {
                line = suggestions[pick - 1];
            }

            await TurnAsync(new Activity(ActivityTypes.Message) { Text = line }, stoppingToken);
        }

        lifetime.StopApplication();
    }

    private static ChannelAccount User { get; } = new("console-user", "You");

    private static ChannelAccount BotAccount { get; } = new("gutskin-bot", "GutSkin");

    private async Task TurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity.Id = Guid.NewGuid().ToString("N");
        activity.ChannelId = "console";
        activity.ServiceUrl = "http://localhost/console";
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        activity.From = User;
        activity.Recipient = BotAccount;
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.Timestamp = DateTimeOffset.UtcNow;

        var response = await adapter.ProcessUnauthenticatedAsync(activity, bot.OnTurnAsync, cancellationToken);
        var replies = response?.Body switch
        {
            ExpectedReplies expected => expected.Activities,
            JObject json => json.ToObject<ExpectedReplies>()?.Activities,
            _ => null,
        };
        suggestions = [];
        foreach (var reply in replies ?? [])
        {
            Print(reply);
        }
    }

    private void Print(Activity reply)
    {
        if (reply.Type != ActivityTypes.Message)
        {
            return;
        }

        if (!string.IsNullOrWhiteSpace(reply.Text))
        {
            Console.WriteLine($"GutSkin: {reply.Text}");
        }

        foreach (var card in (reply.Attachments ?? []).Select(a => a.Content).OfType<HeroCard>())
        {
            Console.WriteLine($"  [{card.Title}] {card.Text}");
            foreach (var button in card.Buttons ?? [])
            {
                Console.WriteLine(button.Type == ActionTypes.OpenUrl ? $"    {button.Title}: {button.Value}" : $"    {button.Title} (type: {button.Value})");
            }
        }

        if (reply.SuggestedActions?.Actions is { Count: > 0 } actions)
        {
            suggestions = [.. actions.Select(a => a.Value?.ToString() ?? a.Title)];
            Console.WriteLine("  " + string.Join("  ", suggestions.Select((s, i) => $"[{i + 1}] {s}")));
        }
    }
}
