using GutSkin.Knowledge.Semantic;

namespace GutSkin.Knowledge.Traffic;

/// <summary>Groups near-duplicate questions by meaning with the sentence-embedding model, so that "is kombucha good for
/// eczema" and "does kombucha help eczema" count as one thing visitors want to know.</summary>
public static class QuestionClusters
{
    /// <summary>Questions at least this close (cosine of their embeddings) to a group's first question join it. 0.8 joins
    /// rewordings and leaves apart questions on the same topic that ask different things.</summary>
    public const float DefaultThreshold = 0.8f;

    /// <summary>Greedy grouping: the questions are taken most asked first, and each joins the group whose first question it
    /// is closest to, if that is at least <paramref name="threshold"/>, or else starts a new group.</summary>
    /// <param name="questions">The questions with their counts.</param>
    /// <param name="embedder">The model that compares them.</param>
    /// <param name="threshold">The least cosine similarity to join a group.</param>
    /// <returns>The groups, most asked first.</returns>
    public static IReadOnlyList<QuestionCluster> Group(IReadOnlyList<CountedQuestion> questions, SentenceEmbedder embedder, float threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(embedder);
        var ordered = questions.OrderByDescending(q => q.Count).ThenBy(q => q.Text, StringComparer.Ordinal).ToList();
        var vectors = embedder.Embed([.. ordered.Select(q => q.Text)]);
        var heads = new List<float[]>();
        var members = new List<List<CountedQuestion>>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var best = -1;
            var bestSimilarity = threshold;
            for (var g = 0; g < heads.Count; g++)
            {
                var similarity = Vectors.Cosine(vectors[i], heads[g]);
                if (similarity >= bestSimilarity)
                {
                    best = g;
                    bestSimilarity = similarity;
                }
            }

            if (best < 0)
            {
                heads.Add(vectors[i]);
                members.Add([ordered[i]]);
            }
            else
            {
                members[best].Add(ordered[i]);
            }
        }

        return [.. members
            .Select(group => new QuestionCluster(group[0].Text, group.Sum(q => q.Count), [.. group.Select(q => q.Text)]))
            .OrderByDescending(cluster => cluster.Count)
            .ThenBy(cluster => cluster.Example, StringComparer.Ordinal)];
    }
}
