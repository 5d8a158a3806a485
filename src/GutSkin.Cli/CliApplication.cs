using GutSkin.Cli.Commands;
using GutSkin.Data;
using GutSkin.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GutSkin.Cli;

/// <summary>The content staff's command line: parses the words, runs one command, returns its exit code.</summary>
internal static class CliApplication
{
    /// <summary>Exit code for a command line that could not be understood.</summary>
    public const int UsageError = 2;

    private const string Usage = """
        GutSkin: the content staff's tool for the knowledge folder.

        Usage:
          GutSkin.Cli ask "question"                 answer one question, with its source section
          GutSkin.Cli ask --json "question"          the answer as one JSON object
          GutSkin.Cli ask --json --batch FILE        one question per line in (FILE or - for stdin), one JSON object per line out
          GutSkin.Cli ask --json --batch FILE --conversations
                                                     the same, lines being turns of a conversation until a blank line
          GutSkin.Cli validate [FOLDER]              list every problem in the knowledge folder; exit 1 when there is one
          GutSkin.Cli eval [--no-misses] FILE.tsv    score labelled questions (columns question, label[, style, source, passage]);
                                                     --no-misses prints the figures only (the test split)
          GutSkin.Cli eval --conversations [--no-misses] FILE.tsv
                                                     score labelled conversations (blank line between them), follow-ups in context
          GutSkin.Cli calibrate TRAIN DEV OUT.json   fit the answer model on TRAIN, its threshold on DEV (never the test file)
          GutSkin.Cli calibrate --by-origin TRAIN DEV
                                                     leave one origin (writer) out at a time: fit without it, score it
          GutSkin.Cli eval --safety [--no-misses] FILE.tsv...
                                                     red-flag recall per category, false-urgent rate and misses
                                                     (message, label = category or none, source; other files count as non-urgent)
          GutSkin.Cli calibrate --safety EVAL_DIR OUT.json
                                                     fit the safety screen's semantic model on EVAL_DIR's train splits, threshold on dev
          GutSkin.Cli leads export --csv             every trial lead as CSV on stdout
          GutSkin.Cli leads find --email ADDRESS     the leads stored under one address, as CSV (a visitor's request to see their data)
          GutSkin.Cli leads delete --email ADDRESS   delete them, with that visitor's feedback and questions (recorded in the deletion log)
          GutSkin.Cli leads deletions                the deletion log: time, who asked, leads deleted; no personal data
          GutSkin.Cli report                         unanswered questions and feedback per section
          GutSkin.Cli suggest                        proposed lines for the sections' questions: from the last 90 days of traffic
          GutSkin.Cli suggest --apply ID             add that one line (validated; the file is put back if it breaks the folder)

        Options:
          --knowledge DIR    the knowledge folder (default: the repository's knowledge/)
        Settings: Storage__DataDirectory (default: data/ beside the repository's knowledge/, as the bot) or
        Storage__ConnectionString (PostgreSQL) for leads export and report; each says on stderr which database it read.
        Knowledge__Directory (as --knowledge), Knowledge__SemanticModel, Knowledge__EmbeddingCacheFile and
        Knowledge__AnswerModelFile as for the bot.
        """;

    /// <summary>Runs the command named by <paramref name="args"/>.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var parsed = CliArguments.Parse(args);
        if (parsed.Error is not null)
        {
            await error.WriteLineAsync($"error: {parsed.Error}\n\n{Usage}");
            return UsageError;
        }

        if (parsed.Has("--help") || parsed.Has("-h") || parsed.Words.Count == 0)
        {
            await (parsed.Words.Count == 0 && !parsed.Has("--help") && !parsed.Has("-h") ? error : output).WriteLineAsync(Usage);
            return parsed.Words.Count == 0 && !parsed.Has("--help") && !parsed.Has("-h") ? UsageError : 0;
        }

        // Built now, loaded on first use: only the commands that read the knowledge folder resolve its settings.
        using var knowledge = CliKnowledgeServices.Create(parsed.KnowledgeDirectory);
        switch (parsed.Words[0])
        {
            case "ask":
                return await AskCommand.RunAsync(parsed, knowledge, input, output, error);
            case "validate":
                return ValidateCommand.Run(parsed.Words.Count > 1 ? parsed.Words[1] : KnowledgeSettings(knowledge).Directory, output);
            case "eval" when parsed.Has("--safety") && parsed.Words.Count >= 2:
                return SafetyEvalCommand.Run(parsed.Words[1..], !parsed.Has("--no-misses"), output, error);
            case "eval" when parsed.Words.Count == 2:
                return EvalCommand.Run(parsed.Words[1], parsed.Has("--conversations"), !parsed.Has("--no-misses"), knowledge, output, error);
            case "calibrate" when parsed.Has("--safety") && parsed.Words.Count == 3:
                return SafetyCalibrateCommand.Run(parsed.Words[1], parsed.Words[2], output, error);
            case "calibrate" when parsed.Has("--by-origin") && parsed.Words.Count == 3:
                return CalibrateCommand.RunByOrigin(parsed.Words[1], parsed.Words[2], knowledge, output, error);
            case "calibrate" when parsed.Words.Count == 4:
                return CalibrateCommand.Run(parsed.Words[1], parsed.Words[2], parsed.Words[3], knowledge, output, error);
            case "leads" when parsed.Words is [_, "export"] && parsed.Has("--csv"):
            {
                using var data = await CliDataServices.OpenAsync(error);
                return await LeadsExportCommand.RunAsync(data.GetRequiredService<ILeadStore>(), output, cancellationToken);
            }

            case "leads" when parsed.Words is [_, "find" or "delete"] && !LooksLikeEmail(parsed.Email):
                await error.WriteLineAsync($"error: leads {parsed.Words[1]} needs --email with an email address, like --email jane@example.com");
                return UsageError;

            case "leads" when parsed.Words is [_, "find"]:
            {
                using var data = await CliDataServices.OpenAsync(error);
                return await LeadsFindCommand.RunAsync(data.GetRequiredService<ILeadStore>(), parsed.Email!, output, error, cancellationToken);
            }

            case "leads" when parsed.Words is [_, "delete"]:
            {
                using var data = await CliDataServices.OpenAsync(error);
                return await LeadsDeleteCommand.RunAsync(data.GetRequiredService<EmailErasure>(), parsed.Email!, output, cancellationToken);
            }

            case "leads" when parsed.Words is [_, "deletions"]:
            {
                using var data = await CliDataServices.OpenAsync(error);
                return await LeadsDeletionsCommand.RunAsync(data.GetRequiredService<ILeadStore>(), output, cancellationToken);
            }

            case "report" when parsed.Words.Count == 1:
            {
                using var data = await CliDataServices.OpenAsync(error);
                return await ReportCommand.RunAsync(
                    data.GetRequiredService<IUnansweredQuestionStore>(), data.GetRequiredService<IFeedbackStore>(), output, cancellationToken);
            }

            case "suggest" when parsed.Words.Count == (parsed.Has("--apply") ? 2 : 1):
            {
                var settings = KnowledgeSettings(knowledge);
                using var data = await CliDataServices.OpenAsync(error);
                var suggestions = await SuggestCommand.ProposeAsync(
                    data.GetRequiredService<IDashboardStore>(), settings.Directory, settings.SemanticModel, DateTimeOffset.UtcNow, cancellationToken);
                return parsed.Has("--apply")
                    ? await SuggestCommand.ApplyAsync(suggestions, parsed.Words[1], settings.Directory, output, error)
                    : await SuggestCommand.ListAsync(suggestions, settings.Directory, output);
            }

            default:
                await error.WriteLineAsync($"error: unknown command '{string.Join(' ', parsed.Words)}'\n\n{Usage}");
                return UsageError;
        }
    }

    private static KnowledgeOptions KnowledgeSettings(IServiceProvider knowledge) => knowledge.GetRequiredService<IOptions<KnowledgeOptions>>().Value;

    private static bool LooksLikeEmail(string? email) =>
        email is { Length: > 2 } && email.Trim().IndexOf('@', StringComparison.Ordinal) is > 0 && !email.Trim().EndsWith('@');
}
