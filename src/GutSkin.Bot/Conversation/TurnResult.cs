using GutSkin.Data;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Conversation;

/// <summary>What one turn decided: the replies, and the records the edge must store or delete.</summary>
internal sealed record TurnResult(IReadOnlyList<Reply> Replies)
{
    /// <summary>A turn that says one thing, with <paramref name="suggestedActions"/> as quick replies.</summary>
    public static TurnResult Say(string text, IReadOnlyList<string>? suggestedActions = null) => new([new Reply(text, suggestedActions)]);

    /// <summary>A completed trial signup to store.</summary>
    public Lead? Lead { get; init; }

    /// <summary>Thumbs up or down on the last answer.</summary>
    public Feedback? Feedback { get; init; }

    /// <summary>A question the articles could not answer, already redacted.</summary>
    public UnansweredQuestion? Unanswered { get; init; }

    /// <summary>A "did you mean" choice the visitor clicked, for content staff's suggestions.</summary>
    public ChosenAlternative? ChosenAlternative { get; init; }

    /// <summary>The user asked to delete everything stored about them, including this conversation's state.</summary>
    public bool DeleteUserData { get; init; }

    /// <summary>The user asked to delete what is stored under this e-mail address: the bot emails it a deletion link.</summary>
    public string? DeletionLinkFor { get; init; }

    /// <summary>What kind of result the turn was, for the staff dashboard; null for turns that are not about a question (signup steps, commands).</summary>
    public AnswerKind? Kind { get; init; }

    /// <summary>The section the turn answered from, if any.</summary>
    public string? SectionId { get; init; }

    /// <summary>The answer's confidence, when a search decided the turn.</summary>
    public double? Confidence { get; init; }

    /// <summary>The user asked what is stored about them: the edge reads their leads and replies with
    /// <see cref="StoredDataReply"/>.</summary>
    public bool ShowUserData { get; init; }
}
