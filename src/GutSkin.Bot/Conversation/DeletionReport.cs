namespace GutSkin.Bot.Conversation;

/// <summary>The answer to "delete my data", saying what was actually deleted, no more.</summary>
internal static class DeletionReport
{
    /// <summary>The reply, from the counts of what the delete removed.</summary>
    /// <param name="leads">Trial signups stored for the user.</param>
    /// <param name="unfinishedSignups">Signups in progress, in this conversation or another one of the user's.</param>
    /// <param name="feedback">Thumbs up or down given.</param>
    /// <param name="questions">Unanswered questions recorded.</param>
    /// <param name="unconfirmedSignups">Signups waiting for the visitor to confirm their email address.</param>
    public static Reply Describe(int leads, int unfinishedSignups, int feedback, int questions, int unconfirmedSignups = 0)
    {
        var parts = new List<string>();
        if (leads > 0)
        {
            parts.Add("your trial signup");
        }

        if (unconfirmedSignups > 0)
        {
            parts.Add(unconfirmedSignups == 1 ? "the signup waiting for your email confirmation" : "the signups waiting for your email confirmation");
        }

        if (unfinishedSignups > 0)
        {
            parts.Add(unfinishedSignups == 1 ? "the signup you hadn't finished" : "the signups you hadn't finished");
        }

        if (feedback > 0)
        {
            parts.Add("your feedback");
        }

        if (questions > 0)
        {
            parts.Add("the questions you asked");
        }

        parts.Add("this conversation's history");
        var list = parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts[..^1])} and {parts[^1]}";
        var nothingElse = parts.Count == 1 ? " I had nothing else stored about you." : string.Empty;
        return new Reply($"Done: I've deleted {list}.{nothingElse}", Phrases.Topics);
    }
}
