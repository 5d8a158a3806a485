using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Conversation;

/// <summary>Everything the bot remembers about one conversation (stored in ConversationState).</summary>
internal sealed class ConversationData
{
    public bool Welcomed { get; set; }

    public bool DisclaimerShown { get; set; }

    public bool OfferShown { get; set; }

    public bool OffersDeclined { get; set; }

    /// <summary>Message turns since the last red flag; null when there was none (see <see cref="UrgentTurn"/>).</summary>
    public int? TurnsSinceUrgent { get; set; }

    public AnswerShown? LastAnswer { get; set; }

    public string? DidYouMeanQuestion { get; set; }

    public List<SectionChoice> DidYouMean { get; set; } = [];

    public SignupState Signup { get; set; } = new();

    /// <summary>What the last answer was about, so that "what causes it" follows on from it.</summary>
    public ConversationTopic? Topic { get; set; }

    /// <summary>The last reply asked "are you sure?" about deleting the visitor's data.</summary>
    public bool DeleteConfirmationAsked { get; set; }

    /// <summary>The ids of the last activities handled, oldest first (see <see cref="HandledActivities"/>).</summary>
    public List<string> HandledActivityIds { get; set; } = [];

    /// <summary>Forgets everything, as if the conversation had just started, except which activities were handled:
    /// a resent "start over" must not start over twice.</summary>
    public void Reset()
    {
        Welcomed = false;
        DisclaimerShown = false;
        OfferShown = false;
        OffersDeclined = false;
        TurnsSinceUrgent = null;
        LastAnswer = null;
        DidYouMeanQuestion = null;
        DidYouMean = [];
        Signup = new SignupState();
        Topic = null;
        DeleteConfirmationAsked = false;
    }
}
