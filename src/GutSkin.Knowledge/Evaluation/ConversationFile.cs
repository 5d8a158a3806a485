namespace GutSkin.Knowledge.Evaluation;

/// <summary>
/// Reads labelled conversations: consecutive <c>message</c> / <c>label</c> rows, conversations separated by a blank line,
/// so that follow-ups ("what causes it") are scored in context.
/// </summary>
public static class ConversationFile
{
    /// <summary>The conversations of <paramref name="text"/>, each a list of labelled turns, and any malformed rows.</summary>
    public static (List<List<LabelledQuestion>> Conversations, List<string> Problems) Parse(string text)
    {
        var conversations = new List<List<LabelledQuestion>>();
        var problems = new List<string>();
        var current = new List<LabelledQuestion>();
        var lines = text.Split('\n');
        for (var i = 0; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i].TrimEnd('\r') : string.Empty;
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0)
                {
                    conversations.Add(current);
                    current = [];
                }

                continue;
            }

            if (i == 0 && line.StartsWith("message\t", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 2 || columns[0].Trim().Length == 0 || columns[1].Trim().Length == 0)
            {
                problems.Add($"line {i + 1}: expected tab-separated columns, message and label");
                continue;
            }

            current.Add(new LabelledQuestion(columns[0].Trim(), columns[1].Trim(), i + 1));
        }

        return (conversations, problems);
    }
}
