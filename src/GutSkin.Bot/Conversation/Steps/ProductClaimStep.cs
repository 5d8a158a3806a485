using System.Text;

namespace GutSkin.Bot.Conversation.Steps;

/// <summary>The bot never says what Life Greens does for a condition ("does Life Greens cure eczema?"): it gives the
/// supplement disclaimer and points to the articles instead.</summary>
internal sealed class ProductClaimStep : ITurnStep
{
    /// <inheritdoc />
    public TurnResult? TryHandle(ConversationTurn turn)
    {
        if (!Phrases.AsksAboutProductEffects(turn.Text))
        {
            return null;
        }

        var text = new StringBuilder(ReplyText.NoProductClaims);
        if (turn.Content.Offers?.Trial.Disclaimer is { } disclaimer && !string.IsNullOrWhiteSpace(disclaimer))
        {
            text.Append(' ').Append(disclaimer);
        }

        text.Append(ReplyText.ArticlesInstead);
        return TurnResult.Say(text.ToString(), [.. Phrases.Topics, Phrases.StartTrial]);
    }
}
