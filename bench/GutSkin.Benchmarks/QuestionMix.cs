namespace GutSkin.Benchmarks;

/// <summary>
/// A fixed mix of realistic visitor messages, in the proportions a live bot sees them: mostly answerable,
/// with typos, questions the knowledge cannot answer, offer requests, red flags and a long message.
/// </summary>
internal static class QuestionMix
{
    /// <summary>How many questions the mix has; a constant so that it can be a benchmark's operations per invoke.</summary>
    public const int Count = 20;

    /// <summary>The questions, most taken from the labelled evaluation set.</summary>
    public static readonly IReadOnlyList<BenchmarkQuestion> All =
    [
        new("answerable", "what is eczema"),
        new("answerable", "can probiotics help psoriasis"),
        new("answerable", "how can i improve my gut health"),
        new("answerable", "whats the link between my gut and my skin"),
        new("answerable", "does gut health affect hair loss"),
        new("answerable", "give me the short version of the article"),
        new("typo", "exzema gut"),
        new("typo", "did probiotcs improve eczema in kids"),
        new("typo", "psoriasys gut connection"),
        new("typo", "microbiom imbalance skin"),
        new("typo", "what is the gut skin conection"),
        new("unanswerable", "can dogs get eczema"),
        new("unanswerable", "can i get a tattoo if i have psoriasis"),
        new("unanswerable", "what time does the pharmacy open on sundays"),
        new("offer", "can i have the free guide"),
        new("offer", "free trial please"),
        new("urgent", "i cant breathe properly and my skin is all itchy"),
        new("clinician", "how much probiotic should i give my baby"),
        new("urgent", "fever and a rash spreading across my chest"),
        new("long", string.Concat(Enumerable.Repeat(
            "hi so ive had really itchy red patches on my elbows and knees for about two years now and my stomach is always bloated after i eat bread or pasta, ", 6))
            + "could my gut be making my skin worse and what foods should i try cutting out first"),
    ];
}
