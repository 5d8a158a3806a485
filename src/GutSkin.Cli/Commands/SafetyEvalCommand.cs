using GutSkin.Knowledge.Safety;

namespace GutSkin.Cli.Commands;

/// <summary>
/// <c>eval --safety FILE...</c>: red-flag recall per category, the false-urgent rate and every miss; with
/// <c>--no-misses</c> the figures only, for a held-out set whose rows must not be seen.
/// </summary>
internal static class SafetyEvalCommand
{
    /// <summary>Exit 0 when every file could be scored.</summary>
    public static int Run(IReadOnlyList<string> files, bool showMisses, TextWriter output, TextWriter error)
    {
        var rows = new List<SafetySample>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                error.WriteLine($"error: no such file: {file}");
                return 1;
            }

            var (parsed, problems) = SafetyEvaluation.Parse(File.ReadAllText(file));
            problems.ForEach(p => error.WriteLine($"{file}: {p}"));
            rows.AddRange(parsed);
        }

        var report = SafetyEvaluation.Run(rows);
        output.WriteLine($"red-flag recall: {report.Recall:P1} ({report.Flagged}/{report.RedFlags})");
        foreach (var category in report.Categories)
        {
            output.WriteLine($"  {category.Category,-22}{category.Recall,8:P1}  ({category.Flagged}/{category.Count})");
        }

        output.WriteLine($"false urgent:    {report.FalseUrgentRate:P1} ({report.FalseUrgent}/{report.NonUrgent} non-urgent messages)");
        if (showMisses && report.Misses.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("misses (line, expected, got, layer, message):");
            foreach (var miss in report.Misses)
            {
                var got = miss.Assessment.IsUrgent ? miss.Assessment.Category : SafetySample.None;
                output.WriteLine($"  {miss.Sample.Line}\t{miss.Sample.Label}\t{got}\t{miss.Assessment.Layer?.ToString().ToLowerInvariant() ?? "-"}\t{miss.Sample.Message}");
            }
        }

        return 0;
    }
}
