namespace GutSkin.Knowledge.Content;

/// <summary>Words and phrases that mean the same to a visitor, from one line of <c>synonyms.txt</c>.</summary>
/// <param name="Terms">Each term as written, lower-cased; a term may have several words.</param>
/// <param name="Line">The line of the file, for error messages.</param>
public sealed record SynonymGroup(IReadOnlyList<string> Terms, int Line);
