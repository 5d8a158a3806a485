namespace GutSkin.LoadTest;

/// <summary>How one request went.</summary>
/// <param name="Milliseconds">Wall time from sending the request to reading the whole response.</param>
/// <param name="Error">Why the request counts as an error, or <see langword="null"/> when the expected reply came back.</param>
internal sealed record TurnOutcome(double Milliseconds, string? Error);
