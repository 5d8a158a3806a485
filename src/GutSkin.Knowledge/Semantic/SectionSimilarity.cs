namespace GutSkin.Knowledge.Semantic;

/// <summary>How close a question comes to one section, by meaning.</summary>
/// <param name="About">The best cosine similarity with the section's title or one of its alternative questions.</param>
/// <param name="Passage">The best cosine similarity with one of its passages.</param>
/// <param name="BestPassage">That passage's position in the section.</param>
internal readonly record struct SectionSimilarity(float About, float Passage, int BestPassage)
{
    /// <summary>The closer of the two.</summary>
    public float Best => Math.Max(About, Passage);

    /// <summary>The closest of two comparisons (the whole message and one of its sentences), measure by measure.</summary>
    public static SectionSimilarity Closer(SectionSimilarity a, SectionSimilarity b) =>
        new(Math.Max(a.About, b.About), Math.Max(a.Passage, b.Passage), a.Passage >= b.Passage ? a.BestPassage : b.BestPassage);
}
