using GutSkin.Knowledge.Content;
using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Conversation;

/// <summary>The replies to messages that are conversation rather than a question: hello, thanks, goodbye, who are you,
/// a person please, keyboard mashing, and questions about the trial itself.</summary>
internal static class SmallTalkReplies
{
    public const string AboutBot = "I'm GutSkin's assistant, a bot: I answer questions about the gut-skin connection (eczema, psoriasis, probiotics, diet and stress) from our articles, and I can send you our free gut health guide. I'm not a doctor and can't give medical advice.";

    /// <summary>The reply for <paramref name="kind"/>, or null when it is not small talk.</summary>
    public static TurnResult? For(AnswerKind kind, string contact, IReadOnlyList<Reply> welcome) => kind switch
    {
        AnswerKind.Greeting => new TurnResult(welcome.Count > 0 ? welcome : [new Reply("Hello again! What would you like to know about gut health and skin?", Phrases.Topics)]),
        AnswerKind.Thanks => Say("You're welcome! Anything else you'd like to know?"),
        AnswerKind.Goodbye => Say("Thanks for chatting. Take care, and come back any time with another question."),
        AnswerKind.AboutBot => Say(AboutBot),
        AnswerKind.Handoff => Say($"I'm a bot, so I can't put you through to a person here. {contact}"),
        AnswerKind.Gibberish => Say("Sorry, I didn't understand that. Could you ask your question in a few words? For example: Can probiotics help eczema?"),
        _ => null,
    };

    /// <summary>The answer to a question about the trial itself, with the supplement disclaimer and the way to start it.</summary>
    public static TurnResult TrialFact(Offer trial, string fact)
    {
        var text = trial.Facts?.GetValueOrDefault(fact) ?? trial.Pitch;
        if (!string.IsNullOrWhiteSpace(trial.Disclaimer))
        {
            text += $"\n\n_{trial.Disclaimer}_";
        }

        return new TurnResult([new Reply(text, [Phrases.StartTrial, .. Phrases.Topics])]);
    }

    private static TurnResult Say(string text) => new([new Reply(text, Phrases.Topics)]);
}
