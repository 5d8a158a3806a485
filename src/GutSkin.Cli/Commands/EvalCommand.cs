using GutSkin.Knowledge;
using GutSkin.Knowledge.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace GutSkin.Cli.Commands;

/// <summary>
/// <c>eval</c>: scores a labelled question file and lists every miss; with <c>--no-misses</c> the figures only, for the
/// test split, whose rows must not be seen while tuning.
/// </summary>
internal static class EvalCommand
{
    /// <summary>Exit 0 when the file could be scored.</summary>
    public static int Run(string file, bool conversations, bool showMisses, IServiceProvider services, TextWriter output, TextWriter error)
    {
        if (!File.Exists(file))
        {
            error.WriteLine($"error: no such file: {file}");
            return 1;
        }

        var knowledge = services.GetRequiredService<LiveKnowledge>();
        EvaluationReport report;
        if (conversations)
        {
            var (turns, problems) = ConversationFile.Parse(File.ReadAllText(file));
            problems.ForEach(p => error.WriteLine($"{file}: {p}"));
            report = Evaluator.RunConversations(knowledge, turns);
        }
        else
        {
            var (rows, problems) = EvaluationFile.Parse(File.ReadAllText(file));
            problems.ForEach(p => error.WriteLine($"{file}: {p}"));
            report = Evaluator.Run(knowledge, rows);
        }

        output.WriteLine($"top-1 accuracy (answerable): {report.TopOneAccuracy:P1} ({report.AnsweredCorrectly}/{report.Answerable})");
        output.WriteLine($"no-answer precision:         {report.NoAnswerPrecision:P1} ({report.DeclinedCorrectly}/{report.Declined})");
        output.WriteLine($"no-answer recall:            {report.NoAnswerRecall:P1} ({report.DeclinedCorrectly}/{report.Unanswerable})");
        output.WriteLine($"urgent recall:               {report.UrgentRecall:P1} ({report.UrgentFlagged}/{report.Urgent})");
        output.WriteLine($"false urgent:                {report.FalseUrgentRate:P1} ({report.NotUrgent.Flagged}/{report.NotUrgent.Rows})");
        output.WriteLine($"clinician referrals:         {report.Clinician.Referred}/{report.Clinician.Rows}");
        output.WriteLine($"right passage (where named): {report.Passages.Right}/{report.Passages.Rows}");
        if (showMisses && report.Misses.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("misses (line, expected, got, confidence, question):");
            foreach (var miss in report.Misses)
            {
                var outcome = miss.UrgentCategory is { } category ? $"{miss.Outcome} ({category})" : miss.Outcome;
                var resolved = miss.Resolved is { } text ? $"\t(read as: {text})" : string.Empty;
                output.WriteLine($"  {miss.Question.Line}\t{miss.Question.Label}\t{outcome}\t{miss.Confidence:0.00}\t{miss.Question.Question}{resolved}");
            }
        }

        return 0;
    }
}
