namespace GutSkin.Bot.Conversation;

/// <summary>The greeting of a new conversation: what the bot does, the disclaimer (so it counts as said) and the topics.</summary>
internal static class Welcome
{
    /// <summary>The welcome; empty when this conversation was already welcomed.</summary>
    public static IReadOnlyList<Reply> For(ConversationData state)
    {
        if (state.Welcomed)
        {
            return [];
        }

        state.Welcomed = true;
        state.DisclaimerShown = true;
        return [new Reply($"{ReplyText.WhatICanDo}\n\n{ReplyText.Disclaimer}", Phrases.Topics)];
    }
}
