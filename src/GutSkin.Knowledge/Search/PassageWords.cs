using GutSkin.Knowledge.Content;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// The analysed words (synonyms included) of every passage, section by section, and of each section's title: which
/// passages of a section carry a word of the question, and which words are the section's own subject.
/// </summary>
internal sealed class PassageWords
{
    private readonly HashSet<string>[][] passages;
    private readonly HashSet<string>[] titles;

    /// <summary>Reads the words of <paramref name="sections"/> with <paramref name="analyzer"/>.</summary>
    public PassageWords(IReadOnlyList<KnowledgeSection> sections, KnowledgeAnalyzer analyzer)
    {
        passages = [.. sections.Select(section => section.Passages.Select(passage => analyzer.Terms(passage).ToHashSet(StringComparer.Ordinal)).ToArray())];
        titles = [.. sections.Select(section => analyzer.Terms(section.Title).ToHashSet(StringComparer.Ordinal))];
    }

    /// <summary>Whether passage <paramref name="passage"/> of section <paramref name="section"/> has <paramref name="term"/>.</summary>
    public bool Has(int section, int passage, string term) => passages[section][passage].Contains(term);

    /// <summary>How many passages of section <paramref name="section"/> have <paramref name="term"/>.</summary>
    public int PassagesWith(int section, string term) => passages[section].Count(words => words.Contains(term));

    /// <summary>Whether the title of section <paramref name="section"/> has <paramref name="term"/>.</summary>
    public bool InTitle(int section, string term) => titles[section].Contains(term);
}
