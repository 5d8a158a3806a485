namespace GutSkin.Benchmarks.Synthetic;

/// <summary>What one generated section is about, fixed before its text is written so that siblings can relate to it.</summary>
internal sealed record SectionPlan(string Id, TopicKind Kind, string Condition, string Topic, string GutTerm);
