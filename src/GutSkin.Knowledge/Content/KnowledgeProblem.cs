namespace GutSkin.Knowledge.Content;

/// <summary>Something wrong in the knowledge folder, with the place to fix it.</summary>
/// <param name="File">Path of the file, relative to the knowledge folder.</param>
/// <param name="Line">1-based line, or 0 when the problem is the whole file.</param>
/// <param name="Message">What is wrong, in words content staff understand.</param>
public sealed record KnowledgeProblem(string File, int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
