namespace GutSkin.Knowledge.Search;

/// <summary>A passage that matched a question, with its BM25 score.</summary>
/// <param name="Section">The passage's section, by its position in the content.</param>
/// <param name="Passage">Its position in the section.</param>
/// <param name="Score">Its text's score plus its section's title, questions and tags'.</param>
internal readonly record struct PassageHit(int Section, int Passage, float Score);
