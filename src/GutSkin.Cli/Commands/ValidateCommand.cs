using GutSkin.Knowledge.Content;

namespace GutSkin.Cli.Commands;

/// <summary><c>validate</c>: prints every problem in a knowledge folder, with file and line.</summary>
internal static class ValidateCommand
{
    /// <summary>Exit 0 when the folder is clean, 1 when it has a problem.</summary>
    public static int Run(string directory, TextWriter output)
    {
        var content = KnowledgeLoader.Load(directory);
        foreach (var problem in content.Problems)
        {
            output.WriteLine(problem);
        }

        output.WriteLine(content.Problems.Count == 0
            ? $"OK: {content.Sections.Count} sections, {content.Synonyms.Count} synonym groups, offers {(content.Offers is null ? "missing" : "loaded")} ({content.Directory})"
            : $"{content.Problems.Count} problem(s) in {content.Directory}; {content.Sections.Count} sections loaded");
        return content.Problems.Count == 0 ? 0 : 1;
    }
}
