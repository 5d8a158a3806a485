using GutSkin.Bot.Conversation.Steps;

namespace GutSkin.Bot.Conversation;

/// <summary>After an interruption (help, a question, feedback) a signup in progress asks its question again.</summary>
internal static class SignupResume
{
    /// <summary>"Now, back to your free trial signup." and the current step's question.</summary>
    public static Reply Prompt(ConversationTurn turn)
    {
        var prompt = turn.Content.Offers?.Trial is { } trial
            ? SignupPrompts.For(turn.State.Signup, trial)
            : new Reply(string.Empty);
        return prompt with { Text = $"{ReplyText.ResumeSignup}{prompt.Text}" };
    }

    /// <summary><paramref name="result"/> followed, during a signup, by its question (whose buttons replace the result's).</summary>
    public static TurnResult After(ConversationTurn turn, TurnResult result) =>
        turn.SigningUp ? result with { Replies = [.. result.Replies.Select(r => r with { SuggestedActions = null }), Prompt(turn)] } : result;
}
