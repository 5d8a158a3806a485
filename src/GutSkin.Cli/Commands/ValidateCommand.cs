using GutSkin.Knowledge.Content;

namespace GutSkin.Cli.Commands;

/// <summary><c>validate</c>: prints every problem and warning in a knowledge folder, with file and line.</summary>
internal static class ValidateCommand
{
    /// <summary>Exit 0 when the folder can go live (warnings allowed), 1 when it has a problem.</summary>
    public static int Run(string directory, TextWriter output)
    {
        var content = KnowledgeLoader.Load(directory);
        foreach (var problem in content.Problems.Concat(content.Warnings))
        {
            output.WriteLine(problem);
        }

        var warnings = content.Warnings.Count == 0 ? string.Empty : $" and {content.Warnings.Count} warning(s)";
        output.WriteLine(content.Problems.Count == 0
            ? $"OK{(warnings.Length > 0 ? $" with {content.Warnings.Count} warning(s)" : string.Empty)}: {content.Sections.Count} sections, {content.Synonyms.Count} synonym groups, offers {(content.Offers is null ? "missing" : "loaded")} ({content.Directory})"
            : $"{content.Problems.Count} problem(s){warnings} in {content.Directory}; {content.Sections.Count} sections loaded, the live bot keeps its previous version until these are fixed");
        return content.Problems.Count == 0 ? 0 : 1;
    }
}
