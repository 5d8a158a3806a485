namespace GutSkin.Bot.Conversation;

/// <summary>The ids of the last activities a conversation has handled. Channels resend an activity whose reply they
/// did not see (a timeout, a dropped connection): the resend carries the same id and must not be applied twice, or a
/// resent "yes" skips the summary and a resent "no" cancels a signup. Kept in <see cref="ConversationData"/>, so the
/// ids are saved with the conversation's ETag and two instances agree on them.</summary>
internal static class HandledActivities
{
    /// <summary>How many ids are kept: resends come within seconds, long before twenty more messages.</summary>
    public const int Kept = 20;

    /// <summary>Records <paramref name="activityId"/> as handled; false when it was handled already (a resend).
    /// An activity without an id cannot be recognised again, so it is always handled.</summary>
    public static bool TryStart(List<string> handled, string? activityId)
    {
        if (string.IsNullOrEmpty(activityId))
        {
            return true;
        }

        if (handled.Contains(activityId, StringComparer.Ordinal))
        {
            return false;
        }

        handled.Add(activityId);
        if (handled.Count > Kept)
        {
            handled.RemoveRange(0, handled.Count - Kept);
        }

        return true;
    }
}
