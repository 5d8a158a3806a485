namespace GutSkin.Knowledge.Semantic;

/// <summary>How close a question comes to the labelled exemplar questions (<see cref="AnswerExemplars"/>).</summary>
/// <param name="Sections">Per section position, the best cosine similarity with an exemplar that section answers.</param>
/// <param name="None">The best cosine similarity with an exemplar the knowledge does not answer.</param>
internal sealed record NeighbourSimilarity(float[] Sections, float None)
{
    /// <summary>The best similarity with an exemplar of section <paramref name="section"/>.</summary>
    public float Of(int section) => section >= 0 && section < Sections.Length ? Sections[section] : 0;
}
