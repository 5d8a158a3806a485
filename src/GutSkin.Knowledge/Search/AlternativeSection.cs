namespace GutSkin.Knowledge.Search;

/// <summary>A section that came close to the best one, for a "did you mean" choice.</summary>
public sealed record AlternativeSection(string SectionId, string SectionTitle, double Confidence);
