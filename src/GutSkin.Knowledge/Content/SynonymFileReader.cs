using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Content;

/// <summary>Reads <c>synonyms.txt</c>: one group of equivalent terms per line, separated by commas.</summary>
internal static partial class SynonymFileReader
{
    /// <summary>Parses every line; a line that does not parse becomes a problem and is left out.</summary>
    public static List<SynonymGroup> Read(string relativePath, string text, List<KnowledgeProblem> problems)
    {
        var groups = new List<SynonymGroup>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.Contains("=>", StringComparison.Ordinal))
            {
                problems.Add(new(relativePath, i + 1, "'=>' is not supported: list equivalent terms separated by commas"));
                continue;
            }

            var terms = line.Split(',').Select(t => t.Trim().ToLowerInvariant()).ToList();
            if (terms.Any(t => t.Length == 0))
            {
                problems.Add(new(relativePath, i + 1, "an empty term: remove the extra comma"));
                continue;
            }

            var bad = terms.FirstOrDefault(t => !TermPattern().IsMatch(t));
            if (bad is not null)
            {
                problems.Add(new(relativePath, i + 1, $"'{bad}' has characters other than letters, digits, spaces, hyphens and apostrophes"));
                continue;
            }

            var distinct = terms.Distinct().ToList();
            if (distinct.Count < 2)
            {
                problems.Add(new(relativePath, i + 1, "a group needs at least two different terms separated by commas"));
                continue;
            }

            groups.Add(new SynonymGroup(distinct, i + 1));
        }

        return groups;
    }

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}' \-]*$")]
    private static partial Regex TermPattern();
}
