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
            parts.Add(ReplyText.DeletedLeads);
        }

        if (unconfirmedSignups > 0)
        {
            parts.Add(unconfirmedSignups == 1 ? ReplyText.DeletedUnconfirmedSignup : ReplyText.DeletedUnconfirmedSignups);
        }

        if (unfinishedSignups > 0)
        {
            parts.Add(unfinishedSignups == 1 ? ReplyText.DeletedUnfinishedSignup : ReplyText.DeletedUnfinishedSignups);
        }

        if (feedback > 0)
        {
            parts.Add(ReplyText.DeletedFeedback);
        }

        if (questions > 0)
        {
            parts.Add(ReplyText.DeletedQuestions);
        }

        parts.Add(ReplyText.DeletedConversation);
        var list = parts.Count == 1 ? parts[0] : ReplyText.AndLast(string.Join(", ", parts[..^1]), parts[^1]);
        var nothingElse = parts.Count == 1 ? ReplyText.NothingElseStored : string.Empty;
        return new Reply(ReplyText.Deleted(list, nothingElse), Phrases.Topics);
    }
}
