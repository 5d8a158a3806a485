namespace GutSkin.Knowledge.Search;

/// <summary>Why a question was not answered from the knowledge (the <c>reason</c> field of the CLI's JSON).</summary>
public static class NoAnswerReason
{
    /// <summary>A red-flag message: only an urgent-care message may follow.</summary>
    public const string Urgent = "urgent";

    /// <summary>Doses, medicines, pregnancy or babies: a clinician must answer.</summary>
    public const string Clinician = "clinician";

    /// <summary>The knowledge does not answer the question with enough confidence.</summary>
    public const string NotFound = "not-found";

    /// <summary>Conversation rather than a question: hello, thanks, who are you, a person please.</summary>
    public const string SmallTalk = "small-talk";

    /// <summary>Nothing searchable was asked.</summary>
    public const string Empty = "empty";
}
