using GutSkin.Knowledge.Search;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GutSkin.Knowledge.Content;

/// <summary>
/// Reads a section's front matter node by node rather than with a deserializer, so that every problem in it is
/// reported (an unknown field, a list written as one line, a question with a colon) and not only the first.
/// </summary>
internal static class FrontMatterReader
{
    private static readonly HashSet<string> ListFields = ["tags", "questions", "related"];

    /// <summary>The front matter, or null with a problem when the YAML cannot be parsed at all.</summary>
    /// <param name="relativePath">The file, for problems.</param>
    /// <param name="yaml">The text between the two '---' lines.</param>
    /// <param name="firstLine">The file line of the YAML's first line.</param>
    /// <param name="problems">Where problems go.</param>
    /// <returns>The fields read, or null.</returns>
    public static SectionFrontMatter? Read(string relativePath, string yaml, int firstLine, List<KnowledgeProblem> problems)
    {
        YamlMappingNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
            if (stream.Documents.Count > 0 && root is null)
            {
                problems.Add(new(relativePath, firstLine, "the front matter must be lines of 'field: value', like 'title: What is eczema?'"));
                return null;
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            var (message, line) = YamlMistake.Explain(e, yaml);
            problems.Add(new(relativePath, firstLine + line - 1, message));
            return null;
        }

        var frontMatter = new SectionFrontMatter();
        var lines = yaml.Split('\n');
        foreach (var (keyNode, value) in root?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var line = firstLine + (int)keyNode.Start.Line - 1;
            if (!SectionFrontMatter.Fields.Contains(key))
            {
                problems.Add(new(relativePath, line, $"unknown field '{key}'{Suggestion(key)}: the fields are {string.Join(", ", SectionFrontMatter.Fields)}"));
                continue;
            }

            if (ListFields.Contains(key))
            {
                var items = ReadList(relativePath, key, value, line, firstLine, problems);
                _ = key switch
                {
                    "tags" => frontMatter.Tags = items,
                    "questions" => frontMatter.Questions = items,
                    _ => frontMatter.Related = items,
                };
                continue;
            }

            var text = ReadText(relativePath, key, value, line, lines[(int)keyNode.Start.Line - 1], problems);
            _ = key switch
            {
                "id" => frontMatter.Id = text,
                "title" => frontMatter.Title = text,
                _ => frontMatter.Source = text,
            };
        }

        return frontMatter;
    }

    private static string? ReadText(string path, string key, YamlNode value, int line, string rawLine, List<KnowledgeProblem> problems)
    {
        switch (value)
        {
            case YamlScalarNode { Value: { Length: > 0 } text }:
                return text;
            case YamlScalarNode:
                // "title: #1 tip" parses as an empty title followed by a comment: say why it looks empty.
                if (YamlMistake.Describe(rawLine) is { } why)
                {
                    problems.Add(new(path, line, why));
                }

                return null;
            default:
                problems.Add(new(path, line, $"the {key} must be one line of text, not a list: write {key}: followed by the text"));
                return null;
        }
    }

    private static List<string>? ReadList(string path, string key, YamlNode value, int line, int firstLine, List<KnowledgeProblem> problems)
    {
        switch (value)
        {
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } text })
                    {
                        items.Add(text);
                    }
                    else
                    {
                        problems.Add(new(
                            path,
                            firstLine + (int)item.Start.Line - 1,
                            $"an item of '{key}' contains a colon followed by a space, which YAML reads as 'field: value': put the whole item in double quotes"));
                    }
                }

                return items;
            case YamlScalarNode { Value: null or "" }:
                return [];
            default:
                problems.Add(new(path, line, $"'{key}' must be a list: write {key}: [first, second] on one line, or one item per line below it starting with '  - '"));
                return null;
        }
    }

    private static string Suggestion(string key)
    {
        const int MaxTypos = 2;
        var closest = SectionFrontMatter.Fields.MinBy(f => EditDistance.Between(f, key.ToLowerInvariant(), MaxTypos));
        return closest is not null && EditDistance.Between(closest, key.ToLowerInvariant(), MaxTypos) <= MaxTypos ? $" (did you mean '{closest}'?)" : string.Empty;
    }
}
