namespace GutSkin.Bot.Conversation.Steps;

/// <summary>"Help": what the bot does and what to say; a signup in progress then asks its question again.</summary>
internal sealed class HelpStep : ITurnStep
{
    /// <inheritdoc />
    public TurnResult? TryHandle(ConversationTurn turn)
    {
        if (!Phrases.IsHelp(turn.Text))
        {
            return null;
        }

        var help = new Reply(ReplyText.Help, Phrases.Topics);
        return new TurnResult(turn.SigningUp ? [help, SignupResume.Prompt(turn)] : [help]);
    }
}
