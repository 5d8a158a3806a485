using Markdig.Syntax;

namespace GutSkin.Knowledge.Content;

/// <summary>
/// Checks a section's body: a heading is a problem (the knowledge README allows only paragraphs and list items, and
/// the title belongs in the front matter); a passage that stops mid-sentence, which is what a save cut short looks
/// like, is a warning that does not stop the section loading.
/// </summary>
internal static class SectionBodyCheck
{
    // What a finished sentence (or a lead-in to a list) ends with, after markup is stripped.
    private const string SentenceEnds = ".!?:;)]\"'”’…*";

    private const int QuotedWords = 6;

    // A table row (not a sentence) ends with its last cell's bar.
    private const char TableCellBar = '|';

    /// <summary>Adds a problem for each heading and a warning for each unfinished passage.</summary>
    /// <param name="relativePath">The file, for problems and warnings.</param>
    /// <param name="text">The whole file.</param>
    /// <param name="document">The parsed file.</param>
    /// <param name="passages">Each paragraph block with its plain text, in order.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="warnings">Where warnings go.</param>
    public static void Check(
        string relativePath,
        string text,
        MarkdownDocument document,
        IReadOnlyList<(ParagraphBlock Block, string Text)> passages,
        List<KnowledgeProblem> problems,
        List<KnowledgeProblem> warnings)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            problems.Add(new(
                relativePath,
                heading.Line + 1,
                $"a heading ('{new string('#', heading.Level)} …') in the body: write only paragraphs and list items; the section's title goes in the front matter's 'title'"));
        }

        // A save cut short ends the file without its last newline; only then is a list item (often a fragment such as
        // "Fermented foods") taken as unfinished.
        var fileEndsCleanly = text.EndsWith('\n');
        for (var i = 0; i < passages.Count; i++)
        {
            var (block, passage) = passages[i];
            var inList = block.Parent is ListItemBlock;
            var last = i == passages.Count - 1;
            if (passage.Length == 0
                || SentenceEnds.Contains(passage[^1], StringComparison.Ordinal)
                || passage[^1] == TableCellBar
                || (inList && !(last && !fileEndsCleanly)))
            {
                continue;
            }

            warnings.Add(new(
                relativePath,
                EndLine(text, block),
                $"this passage ends mid-sentence (\"…{Ending(passage)}\"): finish the sentence; if the file was saved half-written, save it again in full") { IsWarning = true });
        }
    }

    // The line where the passage stops (where a cut save stopped); Markdig frees a paragraph's lines after parsing
    // its inlines, so the line is counted from the block's end offset.
    private static int EndLine(string text, Block block)
    {
        var end = Math.Clamp(block.Span.End, 0, Math.Max(0, text.Length - 1));
        return 1 + text.AsSpan(0, end).Count('\n');
    }

    private static string Ending(string passage)
    {
        var words = passage.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.TakeLast(QuotedWords));
    }
}
