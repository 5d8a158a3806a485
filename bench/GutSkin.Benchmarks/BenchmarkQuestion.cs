namespace GutSkin.Benchmarks;

/// <summary>One question of the benchmark mix, with the path through the engine it is meant to take.</summary>
internal sealed record BenchmarkQuestion(string Kind, string Text);
