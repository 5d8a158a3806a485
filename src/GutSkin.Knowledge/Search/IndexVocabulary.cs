using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// What the built index holds, read from its postings in one pass (the writer has already analysed every field, so
/// no text is analysed a second time): which sections have each term, each field's terms, and the statistics that
/// let fields indexed once per section score as if every passage carried them.
/// </summary>
internal sealed class IndexVocabulary
{
    private IndexVocabulary(
        Dictionary<string, int[]> sectionsWithTerm,
        Dictionary<string, SharedFieldStatistics> sharedFields,
        Dictionary<string, FieldVocabulary> fields)
    {
        SectionsWithTerm = sectionsWithTerm;
        SharedFields = sharedFields;
        Fields = fields;
    }

    /// <summary>
    /// The section numbers, ascending, of the sections that have each analysed term (synonyms included) in any field.
    /// One sorted array per term, not one set of terms per section: building 10,000 sets took most of a second.
    /// </summary>
    public IReadOnlyDictionary<string, int[]> SectionsWithTerm { get; }

    /// <summary>The statistics per passage of each field indexed once per section.</summary>
    public IReadOnlyDictionary<string, SharedFieldStatistics> SharedFields { get; }

    /// <summary>Each analysed field's terms.</summary>
    public IReadOnlyDictionary<string, FieldVocabulary> Fields { get; }

    /// <summary>Reads <paramref name="reader"/>'s postings.</summary>
    /// <param name="reader">The built index.</param>
    /// <param name="layout">Which section and passage each of its documents is.</param>
    /// <param name="sharedFields">The fields indexed once per section, on the section's own document.</param>
    /// <param name="passageFields">The fields indexed per passage.</param>
    /// <param name="synonymTerms">The terms of the synonym groups: the only ones likely to share all their postings.</param>
    public static IndexVocabulary Read(
        IndexReader reader,
        DocumentLayout layout,
        IReadOnlyList<string> sharedFields,
        IReadOnlyList<string> passageFields,
        IReadOnlySet<string> synonymTerms)
    {
        var sectionsWithTerm = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var statistics = new Dictionary<string, SharedFieldStatistics>(StringComparer.Ordinal);
        var fields = new Dictionary<string, FieldVocabulary>(StringComparer.Ordinal);
        var sections = new List<int>();
        foreach (var field in sharedFields.Concat(passageFields))
        {
            var shared = sharedFields.Contains(field) ? new SharedFieldStatistics() : null;
            if (shared is not null)
            {
                statistics[field] = shared;
            }

            var terms = new List<string>();
            var postings = new List<(string Term, List<(int Document, int Frequency)> Postings)>();

            // Null when no document has a term in the field, e.g. no section has tags.
            var termsEnum = MultiFields.GetTerms(reader, field)?.GetEnumerator();
            DocsEnum? documents = null;
            while (termsEnum is not null && termsEnum.MoveNext())
            {
                var term = termsEnum.Term.Utf8ToString();
                terms.Add(term);
                var kept = synonymTerms.Contains(term) ? new List<(int Document, int Frequency)>() : null;
                if (kept is not null)
                {
                    postings.Add((term, kept));
                }

                var counted = shared is not null || kept is not null;
                documents = termsEnum.Docs(null, documents, counted ? DocsFlags.FREQS : DocsFlags.NONE);
                long passages = 0, occurrences = 0;
                sections.Clear();
                int document;
                while ((document = documents.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    // Documents are in section order, so each section's run of passages is counted once.
                    var section = layout.SectionOf(document);
                    if (sections.Count == 0 || sections[^1] != section)
                    {
                        sections.Add(section);
                    }

                    if (counted)
                    {
                        // A field indexed per section counts once for every passage, as if each passage carried it.
                        var carriers = layout.Sections[section].Passages.Count;
                        passages += carriers;
                        occurrences += (long)documents.Freq * carriers;
                        kept?.Add((document, documents.Freq));
                    }
                }

                shared?.Add(term, passages, occurrences);
                ref var withTerm = ref CollectionsMarshal.GetValueRefOrAddDefault(sectionsWithTerm, term, out var seen);
                withTerm = seen ? Union(withTerm!, sections) : [.. sections];
            }

            fields[field] = new FieldVocabulary(terms, SharedPostings(postings));
        }

        return new IndexVocabulary(sectionsWithTerm, statistics, fields);
    }

    /// <summary>Each term whose postings equal an earlier term's, mapped to that term.</summary>
    private static Dictionary<string, string> SharedPostings(List<(string Term, List<(int Document, int Frequency)> Postings)> postings)
    {
        var mapped = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < postings.Count; i++)
        {
            if (mapped.ContainsKey(postings[i].Term))
            {
                continue;
            }

            for (var j = i + 1; j < postings.Count; j++)
            {
                if (!mapped.ContainsKey(postings[j].Term) && postings[i].Postings.SequenceEqual(postings[j].Postings))
                {
                    mapped[postings[j].Term] = postings[i].Term;
                }
            }
        }

        return mapped;
    }

    /// <summary>The ascending union of two ascending lists without repeats.</summary>
    private static int[] Union(int[] first, List<int> second)
    {
        var union = new List<int>(first.Length + second.Count);
        int i = 0, j = 0;
        while (i < first.Length || j < second.Count)
        {
            if (j == second.Count || (i < first.Length && first[i] < second[j]))
            {
                union.Add(first[i++]);
            }
            else if (i == first.Length || second[j] < first[i])
            {
                union.Add(second[j++]);
            }
            else
            {
                union.Add(first[i++]);
                j++;
            }
        }

        return [.. union];
    }
}
