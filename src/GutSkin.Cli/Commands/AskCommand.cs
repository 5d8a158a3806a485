using GutSkin.Knowledge;
using GutSkin.Knowledge.Search;
using GutSkin.Knowledge.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace GutSkin.Cli.Commands;

/// <summary><c>ask</c>: answers one question, or a batch of them, as text or JSON.</summary>
internal static class AskCommand
{
    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(CliArguments args, IServiceProvider services, TextReader input, TextWriter output, TextWriter error)
    {
        var json = args.Has("--json");
        var question = string.Join(' ', args.Words.Skip(1));
        if (args.BatchFile is null && question.Length == 0)
        {
            await error.WriteLineAsync("error: ask needs a question, e.g. ask \"Can probiotics help eczema?\"");
            return CliApplication.UsageError;
        }

        if (args.BatchFile is not null && !json)
        {
            await error.WriteLineAsync("error: --batch writes JSON lines: add --json");
            return CliApplication.UsageError;
        }

        if (args.BatchFile is not null && args.BatchFile != "-" && !File.Exists(args.BatchFile))
        {
            await error.WriteLineAsync($"error: no such file: {args.BatchFile}");
            return 1;
        }

        var knowledge = services.GetRequiredService<LiveKnowledge>();
        if (knowledge.Current.Sections.Count == 0)
        {
            await error.WriteLineAsync($"error: no knowledge loaded from {knowledge.Current.Directory}; run 'validate' to see why");
            return 1;
        }

        if (args.BatchFile is null)
        {
            var answer = knowledge.Ask(question);
            await output.WriteLineAsync(json ? AnswerJson.Serialize(answer) : Describe(answer));
            return 0;
        }

        using var reader = args.BatchFile == "-" ? null : new StreamReader(args.BatchFile);
        var source = reader ?? input;
        // With --conversations, lines are turns of one conversation until a blank line, so follow-ups resolve against
        // the topic of the turns before them, as in the bot; the blank line is echoed to keep the output aligned.
        var conversations = args.Has("--conversations");
        ConversationTopic? topic = null;
        while (await source.ReadLineAsync() is { } line)
        {
            if (conversations && line.Trim().Length == 0)
            {
                topic = null;
                await output.WriteLineAsync();
                continue;
            }

            var answer = knowledge.Ask(line, conversations ? topic : null);
            topic = answer.Topic ?? topic;
            await output.WriteLineAsync(AnswerJson.Serialize(answer));
        }

        return 0;
    }

    private static string Describe(Answer answer) => answer switch
    {
        { Urgent: true } => "URGENT: this sounds like it needs medical help now. Call your local emergency number or see a doctor urgently.",
        { Reason: NoAnswerReason.Clinician } => "Not answered: questions about doses, medicines, pregnancy or babies need a clinician.",
        { Offer: { } offer } => $"Offer: the visitor asks for the {offer.ToString().ToLowerInvariant()}.",
        { Answered: true, Section: { } section } => Answered(answer, section.Title),
        _ => $"No answer in the knowledge (confidence {answer.Confidence:0.00}).",
    };

    private static string Answered(Answer answer, string title)
    {
        var text = $"{answer.Passage}\n\nFrom: {title} ({answer.Section!.Id}, confidence {answer.Confidence:0.00})";
        return answer.Alternatives.Count == 0
            ? text
            : text + "\nAlso close: " + string.Join(", ", answer.Alternatives.Select(a => a.SectionId));
    }
}
