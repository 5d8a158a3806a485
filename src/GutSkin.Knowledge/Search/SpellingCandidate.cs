namespace GutSkin.Knowledge.Search;

/// <summary>A known word the spelling corrector may suggest.</summary>
/// <param name="Word">The word.</param>
/// <param name="Letters">Its set of characters, see <see cref="SpellingCorrector.Letters"/>.</param>
/// <param name="Frequency">How often the knowledge uses it: of two equally near words, the commoner wins.</param>
internal readonly record struct SpellingCandidate(string Word, ulong Letters, int Frequency);
