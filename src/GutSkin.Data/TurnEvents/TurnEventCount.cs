namespace GutSkin.Data;

/// <summary>How many turns of one kind, about one section, happened on one day (UTC).</summary>
/// <param name="Day">The UTC day.</param>
/// <param name="Kind">The kind of result.</param>
/// <param name="SectionId">The section, or null for turns without one.</param>
/// <param name="Count">How many turns.</param>
public sealed record TurnEventCount(DateOnly Day, string Kind, string? SectionId, int Count);
