using System.Text;
using System.Text.RegularExpressions;
using GutSkin.Knowledge.Content;

namespace GutSkin.Knowledge.Traffic;

/// <summary>Writes one chosen <see cref="KnowledgeSuggestion"/> into its file: one line under <c>questions:</c>, every
/// other byte of the file as it was. Only in a folder that validates; validates it again after the edit, as
/// <c>validate</c> does, and puts the file back if the edit brought a problem. The live bot picks the change up by its
/// reload.</summary>
public static partial class SuggestionEditor
{
    private const string Fence = "---";

    /// <summary>Adds <paramref name="suggestion"/>'s question to its section's file in <paramref name="directory"/>.</summary>
    public static SuggestionOutcome Apply(string directory, KnowledgeSuggestion suggestion)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        var path = Path.GetFullPath(Path.Combine(directory, suggestion.File));
        if (!File.Exists(path))
        {
            return new SuggestionOutcome(false, $"{suggestion.File} is not in {directory} any more; run suggest again.");
        }

        var original = File.ReadAllText(path);
        if (Edit(original, suggestion.Question) is not { } edited)
        {
            return new SuggestionOutcome(false, $"{suggestion.File}: could not find a block-style 'questions:' list in the front matter; add \"{suggestion.Question}\" by hand.");
        }

        // A folder that already fails validation is not edited: the live bot keeps its last good version until every
        // problem is fixed, so the edit would not go live, and a person should see those problems first.
        var before = KnowledgeLoader.Load(directory).Problems.Select(p => p.ToString()).ToList();
        if (before.Count > 0)
        {
            return new SuggestionOutcome(false, $"Not applied: the knowledge folder has problems, so the live bot keeps its last good version and would not pick the edit up. {suggestion.File} is as it was. Fix these first (validate lists them), then run suggest --apply {suggestion.Id} again:{Environment.NewLine}{string.Join(Environment.NewLine, before)}");
        }

        Write(path, edited);
        var added = KnowledgeLoader.Load(directory).Problems.Select(p => p.ToString()).ToList();
        if (added.Count > 0)
        {
            Write(path, original);
            return new SuggestionOutcome(false, $"Not applied: the edit made the folder fail validation, so {suggestion.File} was put back as it was:{Environment.NewLine}{string.Join(Environment.NewLine, added)}");
        }

        return new SuggestionOutcome(true, $"Added under questions: in {suggestion.File} (section {suggestion.SectionId}): {suggestion.Question}");
    }

    /// <summary>The file's text with <paramref name="question"/> as the last item of the front matter's
    /// <c>questions:</c> list (its indentation and line endings kept), or null when the file has no such list.</summary>
    public static string? Edit(string text, string question)
    {
        ArgumentNullException.ThrowIfNull(text);
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split(newline).ToList();
        if (Place(lines) is not { } place)
        {
            return null;
        }

        lines.Insert(place.Index, $"{place.Indent}- {Scalar(question)}");
        return string.Join(newline, lines);
    }

    /// <summary>The 1-based line a question added to <paramref name="text"/> would take, right after the last item of
    /// the front matter's <c>questions:</c> list, or null when the file has no such list.</summary>
    public static int? NextQuestionLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Place([.. text.Split('\n')]) is { } place ? place.Index + 1 : null;
    }

    /// <summary>The question as a YAML scalar: plain when that reads back the same, otherwise double-quoted and escaped.</summary>
    public static string Scalar(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return PlainSafe().IsMatch(question) && !question.Contains(": ", StringComparison.Ordinal) && !question.Contains(" #", StringComparison.Ordinal)
            ? question
            : "\"" + question.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    // Where the new item goes (0-based, the line after the list's last item) and the list's indentation.
    private static (int Index, string Indent)? Place(List<string> lines)
    {
        if (lines.Count == 0 || lines[0].TrimEnd() != Fence)
        {
            return null;
        }

        var end = lines.FindIndex(1, l => l.TrimEnd() == Fence);
        var key = lines.FindIndex(1, l => QuestionsKey().IsMatch(l));
        if (end < 0 || key < 0 || key > end)
        {
            return null;
        }

        var last = key;
        var indent = "  ";
        for (var i = key + 1; i < end && ListItem().Match(lines[i]) is { Success: true } item; i++)
        {
            indent = item.Groups[1].Value;
            last = i;
        }

        return (last + 1, indent);
    }

    // Beside the file, under a name the loader ignores, then moved over it: the reload never sees half a file.
    private static void Write(string path, string text)
    {
        var temporary = path + ".suggest-tmp";
        File.WriteAllText(temporary, text, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    [GeneratedRegex(@"^questions:\s*$")]
    private static partial Regex QuestionsKey();

    [GeneratedRegex(@"^(\s+)- ")]
    private static partial Regex ListItem();

    // Letters and digits first, then only characters that never start or change a YAML construct mid-line.
    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} ,.'?!()/%-]*$")]
    private static partial Regex PlainSafe();
}
