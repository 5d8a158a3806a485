namespace GutSkin.Knowledge.Traffic;

/// <summary>What <c>suggest --apply</c> did.</summary>
/// <param name="Applied">True when the file was changed and still validates.</param>
/// <param name="Message">What happened, in words for content staff.</param>
public sealed record SuggestionOutcome(bool Applied, string Message);
