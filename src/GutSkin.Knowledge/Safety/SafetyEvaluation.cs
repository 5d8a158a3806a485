using GutSkin.Knowledge.Search;

namespace GutSkin.Knowledge.Safety;

/// <summary>
/// Reads labelled message files and runs them through the safety screen exactly as the bot screens a message. A safety
/// set has the header <see cref="Header"/> (label: a category id or <c>none</c>; the tuning files add a <c>writer</c>
/// column); any other tab-separated file with a
/// header (the answers sets) is read as non-urgent messages in its first column.
/// </summary>
public static class SafetyEvaluation
{
    /// <summary>The header of a safety set; the answers sets' <c>message&lt;TAB&gt;label</c> files are not one.</summary>
    public const string Header = "message\tlabel\tsource";

    /// <summary>The rows of one file, with a problem per malformed row (an unknown category is one).</summary>
    public static (List<SafetySample> Rows, List<string> Problems) Parse(string text)
    {
        var rows = new List<SafetySample>();
        var problems = new List<string>();
        var lines = text.Split('\n');
        var labelled = lines.Length > 0 && lines[0].StartsWith(Header, StringComparison.OrdinalIgnoreCase);
        for (var i = 1; i < lines.Length; i++)
        {
            var columns = lines[i].TrimEnd('\r').Split('\t');
            var message = columns[0].Trim();
            if (message.Length == 0)
            {
                continue;
            }

            var label = labelled && columns.Length > 1 ? columns[1].Trim() : SafetySample.None;
            if (label != SafetySample.None && !RedFlagCategory.All.Contains(label))
            {
                problems.Add($"line {i + 1}: unknown label '{label}' (a red-flag category id or none)");
                continue;
            }

            var writer = labelled && columns.Length > 3 ? columns[3].Trim() : string.Empty;
            rows.Add(new SafetySample(message, label, i + 1, writer));
        }

        return (rows, problems);
    }

    /// <summary>Screens every row and counts red flags found per category and harmless messages flagged.</summary>
    public static SafetyReport Run(IEnumerable<SafetySample> rows)
    {
        var counts = RedFlagCategory.All.ToDictionary(c => c, _ => (Count: 0, Flagged: 0));
        int nonUrgent = 0, falseUrgent = 0;
        var misses = new List<SafetyMiss>();
        foreach (var row in rows)
        {
            var assessment = SafetyScreen.Assess(AnswerFinder.SearchedPart(row.Message.Trim()));
            if (row.IsRedFlag)
            {
                var (count, flagged) = counts[row.Label];
                counts[row.Label] = (count + 1, flagged + (assessment.IsUrgent ? 1 : 0));
            }
            else
            {
                nonUrgent++;
                falseUrgent += assessment.IsUrgent ? 1 : 0;
            }

            if (row.IsRedFlag != assessment.IsUrgent)
            {
                misses.Add(new SafetyMiss(row, assessment));
            }
        }

        var categories = RedFlagCategory.All.Where(c => counts[c].Count > 0).Select(c => new CategoryRecall(c, counts[c].Count, counts[c].Flagged)).ToList();
        return new SafetyReport(categories, nonUrgent, falseUrgent, misses);
    }
}
