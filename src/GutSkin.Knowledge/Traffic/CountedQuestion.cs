namespace GutSkin.Knowledge.Traffic;

/// <summary>A question visitors asked, already redacted, and how often.</summary>
/// <param name="Text">The question.</param>
/// <param name="Count">How often it was asked.</param>
public sealed record CountedQuestion(string Text, int Count);
