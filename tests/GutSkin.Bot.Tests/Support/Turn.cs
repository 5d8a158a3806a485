using Microsoft.Bot.Schema;

namespace GutSkin.Bot.Tests.Support;

/// <summary>Everything the bot sent in one turn.</summary>
internal sealed record Turn(IReadOnlyList<IMessageActivity> Replies)
{
    /// <summary>All text, card titles, card text and button values, one per line, for Contains assertions.</summary>
    public string Text => string.Join("\n", Replies.SelectMany(Parts));

    /// <summary>The suggested actions of the last reply (the ones a channel shows).</summary>
    public IReadOnlyList<string> SuggestedActions =>
        Replies.LastOrDefault()?.SuggestedActions?.Actions?.Select(a => a.Value?.ToString() ?? a.Title).ToList() ?? [];

    /// <summary>The hero cards sent in the turn.</summary>
    public IReadOnlyList<HeroCard> Cards =>
        Replies.SelectMany(r => r.Attachments ?? []).Select(a => a.Content).OfType<HeroCard>().ToList();

    private static IEnumerable<string> Parts(IMessageActivity reply)
    {
        yield return reply.Text ?? string.Empty;
        foreach (var card in (reply.Attachments ?? []).Select(a => a.Content).OfType<HeroCard>())
        {
            yield return card.Title;
            yield return card.Text;
            foreach (var button in card.Buttons ?? [])
            {
                yield return button.Value?.ToString() ?? string.Empty;
            }
        }
    }
}
