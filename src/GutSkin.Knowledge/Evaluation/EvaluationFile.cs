namespace GutSkin.Knowledge.Evaluation;

/// <summary>
/// Reads a tab-separated evaluation file: <c>question</c> and <c>label</c>, optionally followed by <c>style</c>,
/// <c>source</c>, <c>passage</c> and <c>origin</c>.
/// </summary>
public static class EvaluationFile
{
    /// <summary>The rows of <paramref name="text"/>; a header row is skipped, malformed rows are reported.</summary>
    public static (List<LabelledQuestion> Rows, List<string> Problems) Parse(string text)
    {
        var rows = new List<LabelledQuestion>();
        var problems = new List<string>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || (i == 0 && (line.StartsWith("question\t", StringComparison.OrdinalIgnoreCase) || line.StartsWith("message\t", StringComparison.OrdinalIgnoreCase))))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 2 || columns[0].Trim().Length == 0 || columns[1].Trim().Length == 0)
            {
                problems.Add($"line {i + 1}: expected tab-separated columns, at least question and label");
                continue;
            }

            rows.Add(new LabelledQuestion(columns[0].Trim(), columns[1].Trim(), i + 1)
            {
                Style = columns.Length > 2 ? columns[2].Trim() : string.Empty,
                Passage = columns.Length > 4 ? columns[4].Trim() : string.Empty,
                Origin = columns.Length > 5 ? columns[5].Trim() : string.Empty,
            });
        }

        return (rows, problems);
    }
}
