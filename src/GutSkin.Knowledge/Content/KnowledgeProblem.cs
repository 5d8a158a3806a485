namespace GutSkin.Knowledge.Content;

/// <summary>Something wrong in the knowledge folder, with the place to fix it.</summary>
/// <param name="File">Path of the file, relative to the knowledge folder.</param>
/// <param name="Line">1-based line, or 0 when the problem is the whole file.</param>
/// <param name="Message">What is wrong, in words content staff understand.</param>
public sealed record KnowledgeProblem(string File, int Line, string Message)
{
    /// <summary>True for something that looks wrong but does not stop the folder going live (see <see cref="KnowledgeContent.Warnings"/>).</summary>
    public bool IsWarning { get; init; }

    /// <inheritdoc />
    public override string ToString()
    {
        var place = Line > 0 ? $"{File}:{Line}" : File;
        return IsWarning ? $"{place}: warning: {Message}" : $"{place}: {Message}";
    }
}
