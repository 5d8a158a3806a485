using GutSkin.EndToEnd.Tests.Support;
using GutSkin.Knowledge.Content;
using GutSkin.Testing;

namespace GutSkin.EndToEnd.Tests.Admin;

/// <summary>A real bot process on a temporary copy of <c>knowledge/</c> and its own SQLite file, with traffic for
/// <c>suggest</c> made by talking to it: near-duplicate questions the articles do not answer (one with an email address
/// and a phone number in it), a "did you mean" choice clicked, and a thumbs-down on an answer. Which questions get a
/// "did you mean" or an answer depends on the fitted answer model, so the fixture picks them from candidates.</summary>
public sealed class VisitorTrafficFixture : IAsyncLifetime
{
    /// <summary>Three wordings of one question the articles do not answer, close to the psoriasis section.</summary>
    public static readonly string[] Kombucha =
    [
        "is kombucha good for psoriasis",
        "is kombucha good for psoriasis",
        "is kombucha good for psoriasis? email me at jane.doe@example.com or call 07700 900123",
    ];

    /// <summary>Questions the bot answers with a "did you mean" choice of other sections, depending on the fitted
    /// answer model; the first that gets one is asked and its first choice clicked.</summary>
    public static readonly string[] DidYouMeanCandidates =
        ["is psoriasis linked to diet", "does diet affect psoriasis", "what should I eat for eczema", "do probiotics help skin", "can probiotics help psoriasis and eczema", "gut health eczema psoriasis", "fermented foods for psoriasis"];

    /// <summary>Questions the bot answers; the first that is answered gets a thumbs-down.</summary>
    public static readonly string[] DislikedCandidates =
        ["do probiotics help eczema and psoriasis", "can improving gut health help psoriasis", "what helps gut health"];

    private string? chosenQuestion;
    private string? chosenTitle;
    private string? dislikedQuestion;
    private string? dislikedTitle;

    private BotProcess? bot;

    /// <summary>The bot's knowledge folder: a copy of the repository's, which the tests may edit.</summary>
    public string Knowledge { get; } = Directory.CreateTempSubdirectory("gutskin-e2e-knowledge-").FullName;

    internal BotProcess Bot => bot ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The question asked before the "did you mean" click.</summary>
    internal string ChosenQuestion => chosenQuestion ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The title of the section clicked in "did you mean".</summary>
    internal string ChosenTitle => chosenTitle ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The question whose answer was marked not helpful.</summary>
    internal string DislikedQuestion => dislikedQuestion ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The title of the section that answer came from.</summary>
    internal string DislikedTitle => dislikedTitle ?? throw new InvalidOperationException("The fixture has not started.");

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
        foreach (var question in DidYouMeanCandidates)
        {
            var choosing = new BotConversation(http, "visitor-" + Guid.NewGuid().ToString("N"));
            if ((await choosing.SayAsync(bot, question)).Contains("did you mean one of these?", StringComparison.Ordinal))
            {
                var titles = KnowledgeLoader.Load(Knowledge).Sections.Select(section => section.Title).ToHashSet(StringComparer.Ordinal);
                var title = choosing.LastChoices.First(titles.Contains);
                Expect(await choosing.SayAsync(bot, title), "From: " + title);
                (chosenQuestion, chosenTitle) = (question, title);
                break;
            }
        }

        foreach (var question in DislikedCandidates)
        {
            var disliking = new BotConversation(http, "visitor-" + Guid.NewGuid().ToString("N"));
            if (SourceTitle(await disliking.SayAsync(bot, question)) is { } title)
            {
                Expect(await disliking.SayAsync(bot, "👎 Not helpful"), "improve our articles");
                (dislikedQuestion, dislikedTitle) = (question, title);
                break;
            }
        }

        if (chosenQuestion is null || dislikedQuestion is null)
        {
            throw new InvalidOperationException("None of the candidate questions got a \"did you mean\" choice, or none was answered: add one that does.");
        }
    }

    /// <summary>The title after "From: " in an answer, or null when the reply is not an answer.</summary>
    private static string? SourceTitle(string reply)
    {
        var from = reply.IndexOf("From: ", StringComparison.Ordinal);
        return from < 0 ? null : reply[(from + "From: ".Length)..].Split('\n')[0].Trim();
    }

    private static void Expect(string reply, string expected)
    {
        if (!reply.Contains(expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Talking to the bot: expected a reply with '{expected}', got: {reply}");
        }
    }
}
