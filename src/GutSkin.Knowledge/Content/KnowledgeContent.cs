namespace GutSkin.Knowledge.Content;

/// <summary>Everything read from a knowledge folder, with what was wrong in it.</summary>
/// <param name="Directory">The folder it was read from.</param>
/// <param name="Sections">Every section that loaded, in file order.</param>
/// <param name="Synonyms">Every synonym group that parsed.</param>
/// <param name="Offers">The offers, or null when <c>offers.yml</c> is missing or broken.</param>
/// <param name="Problems">Every problem found; a bad file never stops the others from loading.</param>
public sealed record KnowledgeContent(
    string Directory,
    IReadOnlyList<KnowledgeSection> Sections,
    IReadOnlyList<SynonymGroup> Synonyms,
    OfferCatalog? Offers,
    IReadOnlyList<KnowledgeProblem> Problems)
{
    /// <summary>
    /// Things that look wrong but do not stop the folder going live (a passage that ends mid-sentence, a heading in a
    /// body): <c>validate</c> prints them; they are not in <see cref="Problems"/>.
    /// </summary>
    public IReadOnlyList<KnowledgeProblem> Warnings { get; init; } = [];
}
