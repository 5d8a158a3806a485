using GutSkin.Knowledge.Semantic;

namespace GutSkin.Knowledge.Search;

/// <summary>
/// Which passage of the answering section is shown. The closest in meaning alone often picks a list's opening line
/// ("There are several ways to improve gut health ... eczema and psoriasis:"): it restates the section's subject, which
/// every question about the section shares. What a question adds to that subject ("stress" in "does stress affect
/// psoriasis") says which item answers it, so each passage is also compared with the question's meaning besides the
/// section's title, and earns a bonus for the question's words beyond the title that it carries. Only the shown passage
/// changes: the answerability model keeps reading the closest one, which it was fitted on.
/// </summary>
internal static class PassageChoice
{
    // Fitted on the development split's named passages and checked on the unfolded writers' (Answers README, round 15).
    private const float BesidesTitleShare = 0.5f;
    private const double OwnWordsWeight = 0.1;

    /// <summary>The position of the passage of <paramref name="candidate"/>'s section to show for the question of <paramref name="evidence"/>.</summary>
    public static int Of(KnowledgeIndex index, RetrievalEvidence evidence, RetrievalCandidate candidate)
    {
        if (evidence.Queries.Count == 0)
        {
            return candidate.Semantic.BestPassage;
        }

        var section = candidate.Section;
        var semantic = index.Semantic;
        var words = index.PassageWords;
        var count = index.Content.Sections[section].Passages.Count;
        var besidesTitle = evidence.Queries.Select(query => Vectors.Without(query, semantic.TitleVector(section))).ToList();

        // The question's words beyond the section's title, weighted by how few of its passages have them.
        var own = evidence.QuestionTerms
            .Where(term => !index.QuestionWordTerms.Contains(term) && !words.InTitle(section, term))
            .Select(term => (Term: term, With: words.PassagesWith(section, term)))
            .Where(t => t.With > 0)
            .Select(t => (t.Term, Weight: Math.Log(1 + ((double)count / t.With))))
            .ToList();
        var total = own.Sum(t => t.Weight);

        var best = candidate.Semantic.BestPassage;
        var bestScore = double.MinValue;
        for (var passage = 0; passage < count; passage++)
        {
            var closeness = evidence.Queries.Max(query => semantic.PassageSimilarity(query, section, passage));
            var besides = besidesTitle.Max(query => semantic.PassageSimilarity(query, section, passage));
            var carried = total == 0 ? 0 : own.Where(t => words.Has(section, passage, t.Term)).Sum(t => t.Weight) / total;
            var score = ((1 - BesidesTitleShare) * closeness) + (BesidesTitleShare * besides) + (OwnWordsWeight * carried);
            if (score > bestScore)
            {
                (best, bestScore) = (passage, score);
            }
        }

        return best;
    }
}
