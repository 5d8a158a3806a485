namespace GutSkin.Knowledge.Content;

/// <summary>One section of an article, as content staff wrote it in a Markdown file.</summary>
/// <param name="Id">Stable id used by links, feedback and the evaluation file.</param>
/// <param name="Title">The heading shown as the answer's source.</param>
/// <param name="Tags">Topic words that help retrieval.</param>
/// <param name="Questions">Alternative phrasings of the questions this section answers.</param>
/// <param name="Related">Ids of sections offered as follow-ups.</param>
/// <param name="Source">URL of the published article.</param>
/// <param name="Passages">Each paragraph and each list item, in order, as plain text.</param>
/// <param name="File">The file the section came from, for error messages.</param>
/// <param name="Line">The line of the file where the section starts.</param>
public sealed record KnowledgeSection(
    string Id,
    string Title,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Related,
    string? Source,
    IReadOnlyList<string> Passages,
    string File,
    int Line)
{
    /// <summary>The whole section as plain text, one passage per paragraph.</summary>
    public string FullText => string.Join("\n\n", Passages);
}
