namespace GutSkin.Knowledge.Content;

/// <summary>What one section file declared, kept even when the file has problems, so that the checks across files
/// (duplicate ids, unknown related ids) still run for it.</summary>
/// <param name="Section">The section, or null when the file has a problem that stops it loading.</param>
/// <param name="Id">The id the file declares, if any.</param>
/// <param name="Related">The related ids the file declares.</param>
/// <param name="IdLine">The line of the id.</param>
/// <param name="RelatedLine">The line of 'related'.</param>
internal sealed record SectionFile(KnowledgeSection? Section, string? Id, IReadOnlyList<string> Related, int IdLine, int RelatedLine);
