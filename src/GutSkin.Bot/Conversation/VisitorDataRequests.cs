namespace GutSkin.Bot.Conversation;

/// <summary>"Show my data" and "delete my data": what is stored is shown only in a private conversation, and a deletion
/// happens only after a yes to a confirmation question. No I/O: the bot class reads the stored leads when
/// <see cref="TurnResult.ShowUserData"/> is set and deletes when <see cref="TurnResult.DeleteUserData"/> is.</summary>
internal static class VisitorDataRequests
{
    public const string DeleteMyData = "Delete my data";
    public const string ConfirmDelete = "Yes, delete my data";
    public const string KeepData = "No, keep it";

    private static readonly HashSet<string> ShowWords = new(
        [
            "what do you have about me", "what do you have on me", "what do you know about me", "what data do you have",
            "what data do you have about me", "what data do you have on me", "what information do you have about me",
            "what have you stored about me", "what do you store about me", "what have you got on me", "export my data",
            "show my data", "show me my data", "show my details", "show me my details", "see my data", "download my data",
            "my data", "view my data", "what personal data do you have",
        ],
        StringComparer.Ordinal);

    /// <summary>The reply to a data request or to the confirmation question; null when the message is neither, and the
    /// pipeline goes on with it (a pending confirmation is then dropped: only a yes right after the question deletes).</summary>
    public static TurnResult? Next(ConversationData state, UserMessage message, string text)
    {
        var confirming = state.DeleteConfirmationAsked;
        state.DeleteConfirmationAsked = false;
        if (DeletionByEmailPhrase.Find(text) is { } email)
        {
            // The bot emails the address a deletion link when details are stored under it (DeletionRequests).
            return new TurnResult([]) { DeletionLinkFor = email };
        }

        var normalized = Phrases.Normalize(text);
        if (confirming && (normalized == Phrases.Normalize(ConfirmDelete) || Phrases.YesOrNo(text) == true))
        {
            state.Reset();

            // The bot says what was deleted once it has deleted it (DeletionReport).
            return new TurnResult([]) { DeleteUserData = true };
        }

        if (confirming && (normalized == Phrases.Normalize(KeepData) || Phrases.YesOrNo(text) == false))
        {
            return new TurnResult([new Reply(ReplyText.NothingDeleted, Phrases.Topics)]);
        }

        if (Phrases.IsDeleteMyData(text))
        {
            state.DeleteConfirmationAsked = true;
            return new TurnResult([new Reply(ReplyText.AreYouSureToDelete, [ConfirmDelete, KeepData])]);
        }

        if (!ShowWords.Contains(normalized))
        {
            return null;
        }

        // Others in a Teams channel or group chat would read the name, email and address.
        return message.InGroup
            ? new TurnResult([new Reply(ReplyText.PrivateDataOnly, Phrases.Topics)])
            : new TurnResult([]) { ShowUserData = true };
    }
}
