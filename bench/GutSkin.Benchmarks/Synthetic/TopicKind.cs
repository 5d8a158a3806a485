namespace GutSkin.Benchmarks.Synthetic;

/// <summary>The kind of thing a generated section says affects a skin condition; it picks the title and phrasing.</summary>
internal enum TopicKind
{
    Food,
    Nutrient,
    Lifestyle,
    Trigger,
}
