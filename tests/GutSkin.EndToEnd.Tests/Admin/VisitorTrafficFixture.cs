using GutSkin.EndToEnd.Tests.Support;
using GutSkin.Testing;

namespace GutSkin.EndToEnd.Tests.Admin;

/// <summary>A real bot process on a temporary copy of <c>knowledge/</c> and its own SQLite file, with traffic for
/// <c>suggest</c> made by talking to it: near-duplicate questions the articles do not answer (one with an email address
/// and a phone number in it), a "did you mean" choice clicked, and a thumbs-down on an answer.</summary>
public sealed class VisitorTrafficFixture : IAsyncLifetime
{
    /// <summary>Three wordings of one question the articles do not answer, close to the psoriasis section.</summary>
    public static readonly string[] Kombucha =
    [
        "is kombucha good for psoriasis",
        "is kombucha good for psoriasis",
        "is kombucha good for psoriasis? email me at jane.doe@example.com or call 07700 900123",
    ];

    /// <summary>Answered from another section, with the psoriasis section offered as "did you mean", which is clicked.</summary>
    public const string Kefir = "is kefir good for psoriasis";

    /// <summary>Answered, then marked not helpful.</summary>
    public const string Sauerkraut = "does sauerkraut help eczema";

    /// <summary>The psoriasis section's title, as the "did you mean" button shows it.</summary>
    public const string PsoriasisTitle = "What is the Link Between Gut Health and Psoriasis?";

    private BotProcess? bot;

    /// <summary>The bot's knowledge folder: a copy of the repository's, which the tests may edit.</summary>
    public string Knowledge { get; } = Directory.CreateTempSubdirectory("gutskin-e2e-knowledge-").FullName;

    internal BotProcess Bot => bot ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        foreach (var file in Directory.EnumerateFiles(Repository.KnowledgeDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Knowledge, Path.GetRelativePath(Repository.KnowledgeDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        bot = await BotProcess.StartAsync(new Dictionary<string, string> { ["Knowledge__Directory"] = Knowledge });
        await TalkAsync(bot);
    }

    public async Task DisposeAsync()
    {
        if (bot is not null)
        {
            await bot.DisposeAsync();
        }

        Directory.Delete(Knowledge, recursive: true);
    }

    /// <summary>Asks <paramref name="question"/> in a new conversation and returns the replies.</summary>
    internal async Task<string> AskAsync(string question)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        return await new BotConversation(http, "visitor-" + Guid.NewGuid().ToString("N")).SayAsync(Bot, question);
    }

    private async Task TalkAsync(BotProcess bot)
    {
        foreach (var question in Kombucha)
        {
            Expect(await AskAsync(question), "Here's what our articles cover");
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var choosing = new BotConversation(http, "visitor-" + Guid.NewGuid().ToString("N"));
        Expect(await choosing.SayAsync(bot, Kefir), "did you mean one of these?");
        if (!choosing.LastChoices.Contains(PsoriasisTitle))
        {
            throw new InvalidOperationException($"Expected '{PsoriasisTitle}' among the choices, got: {string.Join(" | ", choosing.LastChoices)}");
        }

        Expect(await choosing.SayAsync(bot, PsoriasisTitle), "From: " + PsoriasisTitle);

        var disliking = new BotConversation(http, "visitor-" + Guid.NewGuid().ToString("N"));
        Expect(await disliking.SayAsync(bot, Sauerkraut), "From:");
        Expect(await disliking.SayAsync(bot, "👎 Not helpful"), "improve our articles");
    }

    private static void Expect(string reply, string expected)
    {
        if (!reply.Contains(expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Talking to the bot: expected a reply with '{expected}', got: {reply}");
        }
    }
}
