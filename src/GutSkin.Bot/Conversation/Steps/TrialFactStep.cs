using GutSkin.Knowledge.Understanding;

namespace GutSkin.Bot.Conversation.Steps;

/// <summary>A question about the trial itself (its cost, delivery, what is in it): the fact from offers.yml with the
/// supplement disclaimer and the way to start it.</summary>
internal sealed class TrialFactStep : ITurnStep
{
    /// <inheritdoc />
    public TurnResult? TryHandle(ConversationTurn turn)
    {
        if (turn.Answer is not { Kind: AnswerKind.TrialFacts, TrialFact: { } fact } || turn.Content.Offers?.Trial is not { } trial)
        {
            return null;
        }

        var text = trial.Facts?.GetValueOrDefault(fact) ?? trial.Pitch;
        if (!string.IsNullOrWhiteSpace(trial.Disclaimer))
        {
            text += $"\n\n_{trial.Disclaimer}_";
        }

        return TurnResult.Say(text, [Phrases.StartTrial, .. Phrases.Topics]) with { Kind = AnswerKind.TrialFacts };
    }
}
