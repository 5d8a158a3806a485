namespace GutSkin.Data;

/// <summary>Feedback counts for one knowledge section.</summary>
/// <param name="SectionId">The knowledge section id.</param>
/// <param name="Helpful">How often answers from the section were found helpful.</param>
/// <param name="NotHelpful">How often answers from the section were found not helpful.</param>
public sealed record SectionFeedback(string SectionId, int Helpful, int NotHelpful);
