namespace GutSkin.LoadTest;

/// <summary>Plays one scripted conversation turn by turn, as a user would: each turn waits for the previous reply.</summary>
internal static class ConversationRunner
{
    /// <summary>Plays the turns until the script ends or <paramref name="stopAt"/> passes (checked before each turn).</summary>
    public static async Task RunAsync(BotClient client, IReadOnlyList<Turn> turns, string conversationId, string userId,
        LatencySample sample, DateTimeOffset? stopAt, CancellationToken cancellationToken)
    {
        sample.ConversationStarted();
        foreach (var turn in turns)
        {
            if (stopAt is { } stop && DateTimeOffset.UtcNow >= stop)
            {
                return;
            }

            var outcome = await client.SendAsync(conversationId, userId, turn, cancellationToken);
            sample.Add(turn, outcome);
            if (outcome.Error is not null)
            {
                // The rest of the script assumes this reply: carrying on would only count the same failure again.
                return;
            }
        }
    }
}
