namespace GutSkin.Knowledge.Safety;

/// <summary>
/// What the semantic layer's model reads about one piece of a message: how close it is to the red-flag exemplars and to
/// the harmless near-misses, how the closest category agrees with itself, how the piece reads (dated, settled, someone
/// else's history, a general question, a denial, reassurance, a question, a sign that comes and goes, a sign as a topic) and how the whole message reads, whether it is the whole message and how long it is;
/// then the piece's sentence embedding itself, so the model learns from the labelled rows what a red flag says, not only
/// how close it comes to a handful of exemplars (a new writer's wording is rarely close to one exemplar but is still
/// on the red-flag side of the labelled rows).
/// </summary>
internal static class RedFlagFeatures
{
    /// <summary>The number of described features, before the embedding.</summary>
    public const int Described = 21;

    /// <summary>The features of a piece with the given similarities, its reading, the whole message's reading and its embedding.</summary>
    public static double[] Of(float red, float topThree, float harmless, PieceContext context, PieceContext message, bool whole, int words, ReadOnlySpan<float> embedding) =>
    [
        red,
        harmless,
        red - harmless,
        topThree,
        context.Dated ? 1 : 0,
        context.Settled ? 1 : 0,
        context.OthersHistory ? 1 : 0,
        context.GeneralQuestion ? 1 : 0,
        context.Negated ? 1 : 0,
        context.Reassured ? 1 : 0,
        context.Question ? 1 : 0,
        context.Recurring ? 1 : 0,
        context.Topic ? 1 : 0,
        message.Dated ? 1 : 0,
        message.Settled ? 1 : 0,
        message.OthersHistory ? 1 : 0,
        message.Reassured ? 1 : 0,
        message.Recurring ? 1 : 0,
        message.Topic ? 1 : 0,
        whole ? 1 : 0,
        Math.Log(1 + words) / 4,
        .. embedding,
    ];
}
