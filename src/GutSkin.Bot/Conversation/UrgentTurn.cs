using GutSkin.Knowledge.Safety;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Conversation;

/// <summary>
/// The reply to a red flag: the emergency message for the visitor's locale and nothing else (no snippet, offer, buttons
/// or suggested actions). The conversation then goes on normally, but makes no offer for <see cref="TurnsWithoutOffers"/> turns.
/// </summary>
internal static class UrgentTurn
{
    /// <summary>How many turns after a red flag pass without an offer.</summary>
    public const int TurnsWithoutOffers = 5;

    /// <summary>Ends what was in progress (a signup, a "did you mean" choice) and says only the emergency message.</summary>
    public static TurnResult Reply(ConversationData state, UserMessage message, string? category)
    {
        state.TurnsSinceUrgent = 0;
        state.DidYouMean = [];
        state.DidYouMeanQuestion = null;
        TrialSignupFlow.Clear(state.Signup);
        return new TurnResult([new Reply(EmergencyNumbers.Reply(message.Locale, category))]) { Kind = AnswerKind.Urgent };
    }

    /// <summary>Counts one more turn since the last red flag, if there was one. Called once at the start of every message turn.</summary>
    public static void CountTurn(ConversationData state)
    {
        if (state.TurnsSinceUrgent is { } turns)
        {
            state.TurnsSinceUrgent = turns + 1;
        }
    }

    /// <summary>True while no offer may be made.</summary>
    public static bool PausesOffers(ConversationData state) => state.TurnsSinceUrgent <= TurnsWithoutOffers;
}
