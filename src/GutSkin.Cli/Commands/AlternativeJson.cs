namespace GutSkin.Cli.Commands;

/// <summary>One "did you mean" alternative in the JSON of <c>ask --json</c>.</summary>
internal sealed record AlternativeJson(string SectionId, string SectionTitle, double Confidence);
