using GutSkin.Bot.Recognition;
using GutSkin.Data;
using GutSkin.Knowledge;
using GutSkin.Knowledge.Search;

namespace GutSkin.Bot.Conversation.Steps;

/// <summary>One message being handled: the conversation's state, the message, and the knowledge's verdicts on it,
/// each worked out once and only when a step asks, so that no step searches before a search is needed.</summary>
internal sealed class ConversationTurn(ConversationData state, UserMessage message, LiveKnowledge knowledge, DateTimeOffset now)
{
    private Answer? screened;
    private bool screenRead;
    private Answer? answer;

    /// <summary>What the bot remembers about the conversation; steps update it.</summary>
    public ConversationData State => state;

    /// <summary>The message, already cleaned and trimmed.</summary>
    public UserMessage Message => message;

    /// <summary>The message's text, cleaned and trimmed (see <see cref="UserMessage"/>).</summary>
    public string Text => message.Text;

    /// <summary>When the turn started.</summary>
    public DateTimeOffset Now => now;

    /// <summary>The knowledge answering now: its sections and offers.</summary>
    public KnowledgeSnapshot Content => knowledge.Current;

    /// <summary>True while a trial signup is in progress.</summary>
    public bool SigningUp => state.Signup.Step != SignupStep.None;

    /// <summary>What is decided about the text before any search (a red flag, a clinician referral, also one that follows
    /// from the conversation's topic, an offer request or a question about the trial), or null when only a search can
    /// answer.</summary>
    public Answer? Screened
    {
        get
        {
            if (!screenRead)
            {
                screened = knowledge.Screen(message.Text, state.Topic);
                screenRead = true;
            }

            return screened;
        }
    }

    /// <summary>The knowledge's answer: the screen's verdict when it has one, otherwise a search, a follow-up resolved
    /// against the conversation's topic, which then follows the answer.</summary>
    public Answer Answer => answer ??= Ask();

    /// <summary>The screen's verdict on other text the visitor typed (a form's fields).</summary>
    public Answer? Screen(string text) => knowledge.Screen(text);

    /// <summary><paramref name="question"/> as an unanswered question for content staff, personal data redacted.</summary>
    public UnansweredQuestion Unanswered(string question) => new(message.UserId, PersonalDataRedactor.Redact(question), now);

    private Answer Ask()
    {
        var found = Screened ?? knowledge.AskScreened(message.Text, state.Topic);
        if (found.Topic is not null)
        {
            state.Topic = found.Topic;
        }

        return found;
    }
}
