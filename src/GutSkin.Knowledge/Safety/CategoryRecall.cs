namespace GutSkin.Knowledge.Safety;

/// <summary>How many red flags of one category a set holds and how many were flagged urgent.</summary>
/// <param name="Category">The category id.</param>
/// <param name="Count">Red flags of the category.</param>
/// <param name="Flagged">Of those, the ones flagged urgent (whatever category the screen named).</param>
public sealed record CategoryRecall(string Category, int Count, int Flagged)
{
    /// <summary>The share flagged; 1 when the set has none of the category.</summary>
    public double Recall => Count == 0 ? 1 : (double)Flagged / Count;
}
