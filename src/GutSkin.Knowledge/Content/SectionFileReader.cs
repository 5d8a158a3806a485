using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace GutSkin.Knowledge.Content;

/// <summary>Reads one Markdown section file: YAML front matter, then paragraphs and list items.</summary>
internal static partial class SectionFileReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    /// <summary>Parses <paramref name="text"/>; returns null and adds problems when the file cannot become a section.</summary>
    public static KnowledgeSection? Read(string relativePath, string text, List<KnowledgeProblem> problems)
    {
        var document = Markdown.Parse(text, Pipeline);
        var frontMatterBlock = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (frontMatterBlock is null)
        {
            problems.Add(new(relativePath, 1, "missing YAML front matter: start the file with a line '---', the fields id and title, and another '---'"));
            return null;
        }

        var frontMatter = ReadFrontMatter(relativePath, frontMatterBlock, problems);
        if (frontMatter is null)
        {
            return null;
        }

        var ok = true;
        if (string.IsNullOrWhiteSpace(frontMatter.Id))
        {
            problems.Add(new(relativePath, LineOf(text, "id"), "the field 'id' is missing"));
            ok = false;
        }
        else if (!IdPattern().IsMatch(frontMatter.Id))
        {
            problems.Add(new(relativePath, LineOf(text, "id"), $"id '{frontMatter.Id}' must be lower-case letters, digits and hyphens, like 'gut-skin-connection'"));
            ok = false;
        }

        if (string.IsNullOrWhiteSpace(frontMatter.Title))
        {
            problems.Add(new(relativePath, LineOf(text, "title"), "the field 'title' is missing"));
            ok = false;
        }

        var passages = ReadPassages(document);
        if (passages.Count == 0)
        {
            problems.Add(new(relativePath, frontMatterBlock.Line + frontMatterBlock.Lines.Count + 1, "the section is empty: write at least one paragraph below the front matter"));
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        return new KnowledgeSection(
            frontMatter.Id!,
            frontMatter.Title!.Trim(),
            Clean(frontMatter.Tags),
            Clean(frontMatter.Questions),
            Clean(frontMatter.Related),
            string.IsNullOrWhiteSpace(frontMatter.Source) ? null : frontMatter.Source.Trim(),
            passages,
            relativePath,
            1);
    }

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
        // The block's lines include the '---' fences; the YAML starts one line below the first fence.
        var yaml = string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString()).Where(l => l.Trim() != "---"));
        try
        {
            return Yaml.Deserialize<SectionFrontMatter>(yaml) ?? new SectionFrontMatter();
        }
        catch (YamlException e)
        {
            var line = block.Line + 1 + (int)Math.Max(0, e.Start.Line - 1) + 1;
            problems.Add(new(relativePath, line, $"the front matter is not valid YAML: {FirstSentence(e)}"));
            return null;
        }
    }

    private static string FirstSentence(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf(". ", StringComparison.Ordinal);
        var text = close > 0 ? message[..close] : message;
        return Regex.Replace(text, @"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", string.Empty);
    }

    private static List<string> ReadPassages(MarkdownDocument document)
    {
        var passages = new List<string>();
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            var text = PlainText(paragraph.Inline);
            if (text.Length > 0)
            {
                passages.Add(text);
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

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
