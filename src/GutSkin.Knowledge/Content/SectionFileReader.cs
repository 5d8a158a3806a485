using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GutSkin.Knowledge.Content;

/// <summary>Reads one Markdown section file: YAML front matter, then paragraphs and list items.</summary>
internal static partial class SectionFileReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <summary>
    /// Parses <paramref name="text"/>, adding every problem found (the section is null when there is one) and the
    /// warnings about its body.
    /// </summary>
    public static SectionFile Read(string relativePath, string text, List<KnowledgeProblem> problems, List<KnowledgeProblem> warnings)
    {
        var before = problems.Count;
        var document = Markdown.Parse(text, Pipeline);
        var passages = ReadPassages(document);
        var frontMatterBlock = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (frontMatterBlock is null)
        {
            problems.Add(new(relativePath, 1, "missing YAML front matter: start the file with a line '---', the fields id and title, and another '---'"));
            SectionBodyCheck.Check(relativePath, text, document, passages, problems, warnings);
            return new SectionFile(null, null, [], 1, 1);
        }

        var frontMatter = ReadFrontMatter(relativePath, frontMatterBlock, problems);
        var idLine = LineOf(text, "id");
        if (frontMatter is not null)
        {
            if (string.IsNullOrWhiteSpace(frontMatter.Id))
            {
                problems.Add(new(relativePath, idLine, "the field 'id' is missing"));
            }
            else if (!IdPattern().IsMatch(frontMatter.Id))
            {
                problems.Add(new(relativePath, idLine, $"id '{frontMatter.Id}' must be lower-case letters, digits and hyphens, like 'gut-skin-connection'"));
            }

            if (string.IsNullOrWhiteSpace(frontMatter.Title) && !problems.Skip(before).Any(p => p.Line == LineOf(text, "title")))
            {
                problems.Add(new(relativePath, LineOf(text, "title"), "the field 'title' is missing"));
            }
        }

        if (passages.Count == 0)
        {
            problems.Add(new(relativePath, frontMatterBlock.Line + frontMatterBlock.Lines.Count + 1, "the section is empty: write at least one paragraph below the front matter"));
        }

        // After the front matter's problems, so that a file's problems read in line order.
        SectionBodyCheck.Check(relativePath, text, document, passages, problems, warnings);

        var related = Clean(frontMatter?.Related);
        // When the YAML cannot be read at all, the id is still read from its own line, so that other files' 'related'
        // naming it are not reported too: one mistake, one problem.
        var declaredId = frontMatter?.Id?.Trim() ?? IdFromItsLine(text);
        var file = new SectionFile(null, declaredId, related, idLine, LineOf(text, "related"));
        if (problems.Count > before || frontMatter is null)
        {
            return file;
        }

        return file with
        {
            Section = new KnowledgeSection(
                frontMatter.Id!,
                frontMatter.Title!.Trim(),
                Clean(frontMatter.Tags),
                Clean(frontMatter.Questions),
                related,
                string.IsNullOrWhiteSpace(frontMatter.Source) ? null : frontMatter.Source.Trim(),
                [.. passages.Select(p => p.Text)],
                relativePath,
                1),
        };
    }

    private static string? IdFromItsLine(string text) => IdLine().Match(text) is { Success: true } line ? line.Groups[1].Value : null;

    /// <summary>The 1-based line of a front-matter key, so that a problem points at it.</summary>
    public static int LineOf(string text, string key)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(key + ":", StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 1;
    }

    private static SectionFrontMatter? ReadFrontMatter(string relativePath, YamlFrontMatterBlock block, List<KnowledgeProblem> problems)
    {
        // The block's lines include the '---' fences; the YAML starts on the file line below the first fence
        // (block.Line is 0-based, so that line is block.Line + 2).
        var yaml = string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString()).Where(l => l.Trim() != "---"));
        return FrontMatterReader.Read(relativePath, yaml, block.Line + 2, problems);
    }

    private static List<(ParagraphBlock Block, string Text)> ReadPassages(MarkdownDocument document)
    {
        var passages = new List<(ParagraphBlock, string)>();
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            var text = PlainText(paragraph.Inline);
            if (text.Length > 0)
            {
                passages.Add((paragraph, text));
            }
        }

        return passages;
    }

    private static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        Append(inline, builder);
        return WhiteSpace().Replace(builder.ToString(), " ").Trim();
    }

    private static void Append(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.ToString());
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }

                break;
        }
    }

    private static List<string> Clean(List<string>? values) =>
        values?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList() ?? [];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^id:[ \t]*([a-z0-9]+(?:-[a-z0-9]+)*)[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex IdLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
