using GutSkin.Knowledge.Content;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// The order in which the index's documents are written: each section's own document (title, questions, tags),
/// then one document per passage (text). Passages are also numbered across all sections, in the same order.
/// </summary>
internal sealed class DocumentLayout
{
    private readonly int[] sectionOfDocument;
    private readonly int[] passageOfDocument;
    private readonly int[] sectionDocument;
    private readonly int[] sectionOfPassage;
    private readonly int[] numberInSection;

    /// <summary>The layout of <paramref name="sections"/>, in their order.</summary>
    public DocumentLayout(IReadOnlyList<KnowledgeSection> sections)
    {
        Sections = sections;
        Passages = sections.Sum(s => s.Passages.Count);
        sectionOfDocument = new int[sections.Count + Passages];
        passageOfDocument = new int[sections.Count + Passages];
        sectionDocument = new int[sections.Count];
        sectionOfPassage = new int[Passages];
        numberInSection = new int[Passages];
        var document = 0;
        var passage = 0;
        for (var section = 0; section < sections.Count; section++)
        {
            sectionDocument[section] = document;
            sectionOfDocument[document] = section;
            passageOfDocument[document++] = -1;
            for (var i = 0; i < sections[section].Passages.Count; i++)
            {
                sectionOfDocument[document] = section;
                passageOfDocument[document++] = passage;
                sectionOfPassage[passage] = section;
                numberInSection[passage++] = i;
            }
        }
    }

    /// <summary>The sections, numbered by position.</summary>
    public IReadOnlyList<KnowledgeSection> Sections { get; }

    /// <summary>How many passages there are in all.</summary>
    public int Passages { get; }

    /// <summary>How many documents there are in all.</summary>
    public int Documents => sectionOfDocument.Length;

    /// <summary>The section number of a document.</summary>
    public int SectionOf(int document) => sectionOfDocument[document];

    /// <summary>The passage number of a document, or -1 for a section's own document.</summary>
    public int PassageOf(int document) => passageOfDocument[document];

    /// <summary>A section's own document.</summary>
    public int SectionDocument(int section) => sectionDocument[section];

    /// <summary>The section number of a passage.</summary>
    public int SectionOfPassage(int passage) => sectionOfPassage[passage];

    /// <summary>A passage's position in its section.</summary>
    public int NumberInSection(int passage) => numberInSection[passage];
}
