namespace GutSkin.Bot.Conversation.Steps;

/// <summary>"Tell me more": the whole section the last answer quoted.</summary>
internal sealed class TellMeMoreStep : ITurnStep
{
    /// <inheritdoc />
    public TurnResult? TryHandle(ConversationTurn turn) =>
        Phrases.IsTellMeMore(turn.Text) ? SignupResume.After(turn, More(turn)) : null;

    private static TurnResult More(ConversationTurn turn)
    {
        if (turn.State.LastAnswer is null || turn.Content.FindSection(turn.State.LastAnswer.SectionId) is not { } section)
        {
            return TurnResult.Say(ReplyText.NothingToTellMoreAbout, Phrases.Topics);
        }

        return new TurnResult([
            new Reply(SectionAnswer.Quote(section.FullText, section)),
            new Reply(ReplyText.WasThisHelpful, SectionAnswer.FollowUps(turn.Content, section, withMore: false)),
        ]);
    }
}
