namespace GutSkin.Knowledge.Semantic;

/// <summary>How close a question comes to the labelled exemplar questions (<see cref="AnswerExemplars"/>).</summary>
/// <param name="Sections">Per section position, the best cosine similarity with an exemplar that section answers.</param>
/// <param name="None">The best cosine similarity with an exemplar the knowledge does not answer (among those that apply: see
/// <see cref="SemanticIndex.Neighbours"/>).</param>
/// <param name="Votes">Per section position, the share of the <see cref="Nearest"/> closest exemplars that it answers.</param>
internal sealed record NeighbourSimilarity(float[] Sections, float None, float[] Votes)
{
    /// <summary>How many of the closest exemplars vote.</summary>
    public const int Nearest = 5;

    /// <summary>The best similarity with an exemplar of section <paramref name="section"/>.</summary>
    public float Of(int section) => section >= 0 && section < Sections.Length ? Sections[section] : 0;

    /// <summary>The share of the closest exemplars that section <paramref name="section"/> answers.</summary>
    public float VotesFor(int section) => section >= 0 && section < Votes.Length ? Votes[section] : 0;
}
