using GutSkin.Knowledge.Understanding;
using Microsoft.Extensions.Options;

namespace GutSkin.Bot.Conversation.Steps;

/// <summary>Conversation rather than a question: hello, thanks, goodbye, who are you, a person please, keyboard mashing.
/// The knowledge tells small talk apart before it searches, so "thanks" runs no search.</summary>
internal sealed class SmallTalkStep(IOptions<BrandOptions> brand) : ITurnStep
{
    /// <inheritdoc />
    public TurnResult? TryHandle(ConversationTurn turn)
    {
        var kind = turn.Answer.Kind;
        var reply = kind switch
        {
            AnswerKind.Greeting => Welcome.For(turn.State) is { Count: > 0 } welcome ? new TurnResult(welcome) : Say(ReplyText.HelloAgain),
            AnswerKind.Thanks => Say(ReplyText.YoureWelcome),
            AnswerKind.Goodbye => Say(ReplyText.Goodbye),
            AnswerKind.AboutBot => Say(ReplyText.AboutBot),
            AnswerKind.Handoff => Say($"{ReplyText.NoPerson}{brand.Value.Contact}"),
            AnswerKind.Gibberish => Say(ReplyText.NotUnderstood),
            _ => null,
        };
        return reply is null ? null : reply with { Kind = kind };
    }

    private static TurnResult Say(string text) => TurnResult.Say(text, Phrases.Topics);
}
