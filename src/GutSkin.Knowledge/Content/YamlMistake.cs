using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace GutSkin.Knowledge.Content;

/// <summary>
/// Turns a YAML parser error ("While scanning a plain scalar value, found invalid mapping") into what content staff
/// did and how to fix it ("the title contains a colon: put it in double quotes"), by looking at the lines near the
/// error for the mistakes people make.
/// </summary>
internal static partial class YamlMistake
{
    private const string SpecialStarts = "@`*&!%|>{";

    private const string General =
        "each line must be 'field: value' or a list item '  - text', and a value that holds a colon, a quote or starts with a special character goes in double quotes";

    /// <summary>The plain-words explanation and the 1-based line (within <paramref name="yaml"/>) it is about.</summary>
    /// <param name="exception">What the parser threw (YamlDotNet throws <see cref="InvalidOperationException"/> for some unclosed lists).</param>
    /// <param name="yaml">The YAML text that failed.</param>
    /// <returns>The explanation and its line.</returns>
    public static (string Message, int Line) Explain(Exception exception, string yaml)
    {
        var lines = yaml.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var reported = exception is YamlException y ? (int)Math.Clamp(y.Start.Line, 1, Math.Max(1, lines.Length)) : 1;
        var parserText = (exception as YamlException)?.Message ?? string.Empty;
        if (DuplicateKey().Match(parserText) is { Success: true } duplicate)
        {
            return ($"the field '{duplicate.Groups["key"].Value}' appears twice: keep one of them", reported);
        }

        // The parser often notices the mistake on the line after it: look there first, then anywhere in the block.
        foreach (var line in new[] { reported, reported - 1 }.Concat(Enumerable.Range(1, lines.Length)))
        {
            if (line >= 1 && line <= lines.Length && Describe(lines[line - 1]) is { } message)
            {
                return (message, line);
            }
        }

        if (parserText.Contains("did not find expected", StringComparison.Ordinal) || parserText.Contains("indentation", StringComparison.Ordinal))
        {
            return ("this line is not lined up with the lines above: fields start at the beginning of the line, and list items under a field start with two spaces, a hyphen and a space ('  - ')", reported);
        }

        return ($"this is not valid YAML: {General}", reported);
    }

    /// <summary>What is wrong with one line, or null when it looks right.</summary>
    /// <param name="line">The line's text.</param>
    /// <returns>A plain-words problem with its fix, or null.</returns>
    public static string? Describe(string line)
    {
        if (LeadingTab().IsMatch(line))
        {
            return "the line is indented with a tab: YAML needs spaces (two spaces, then '- ' for a list item)";
        }

        if (Field().Match(line) is { Success: true } field)
        {
            var key = field.Groups["key"].Value;
            return DescribeValue(field.Groups["value"].Value.Trim(), $"the {key}", $"{key}: ");
        }

        if (ListItem().Match(line) is { Success: true } item)
        {
            return DescribeValue(item.Groups["value"].Value.Trim(), "this list item", "  - ");
        }

        return null;
    }

    private static string? DescribeValue(string value, string what, string prefix)
    {
        if (value.Length == 0)
        {
            return null;
        }

        if (value[0] == '"')
        {
            var quotes = value.Count(c => c == '"') - CountEscapedQuotes(value);
            if (quotes == 1 || !value.EndsWith('"'))
            {
                return $"{what} opens a double quote that is not closed: end the value with \" on the same line";
            }

            return quotes > 2
                ? $"{what} has a double quote inside double quotes: put single quotes around the value instead, like {prefix}'{value[1..^1]}'"
                : null;
        }

        if (value[0] == '\'')
        {
            return value.Length > 1 && value.EndsWith('\'') ? null : $"{what} opens a single quote that is not closed: end the value with ' on the same line";
        }

        if (value[0] == '[')
        {
            return value.EndsWith(']') ? DescribeFlowList(value, what) : $"{what} opens a list with [ that is not closed: end it with ] on the same line";
        }

        if (value.Contains(": ", StringComparison.Ordinal) || value.EndsWith(':'))
        {
            return $"{what} contains a colon: put it in double quotes, like {prefix}\"{value}\"";
        }

        if (value[0] == '#')
        {
            return $"{what} starts with '#', which YAML reads as a comment: put it in double quotes, like {prefix}\"{value}\"";
        }

        return SpecialStarts.Contains(value[0], StringComparison.Ordinal)
            ? $"{what} starts with '{value[0]}', which has a special meaning in YAML: put it in double quotes, like {prefix}\"{value}\""
            : null;
    }

    private static string? DescribeFlowList(string value, string what) =>
        value[1..^1].Split(',').Any(v => v.Contains(": ", StringComparison.Ordinal) && !v.TrimStart().StartsWith('"'))
            ? $"an item in {what.Replace("the ", "the list ", StringComparison.Ordinal)} contains a colon: put that item in double quotes"
            : null;

    private static int CountEscapedQuotes(string value) => value.Split("\\\"").Length - 1;

    [GeneratedRegex(@"^\s*\t")]
    private static partial Regex LeadingTab();

    [GeneratedRegex(@"^\s*(?<key>[A-Za-z_][A-Za-z0-9_]*):(?:\s+(?<value>.*))?$")]
    private static partial Regex Field();

    [GeneratedRegex(@"^\s*-\s+(?<value>.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^Duplicate key (?<key>\S+)")]
    private static partial Regex DuplicateKey();
}
