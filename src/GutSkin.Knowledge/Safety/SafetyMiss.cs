namespace GutSkin.Knowledge.Safety;

/// <summary>A labelled message the screen got wrong: a red flag not flagged, or a harmless message flagged urgent.</summary>
/// <param name="Sample">The row.</param>
/// <param name="Assessment">What the screen decided.</param>
public sealed record SafetyMiss(SafetySample Sample, SafetyAssessment Assessment);
