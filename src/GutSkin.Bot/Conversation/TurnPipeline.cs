using GutSkin.Bot.Conversation.Steps;
using GutSkin.Knowledge;
using Microsoft.Extensions.Options;

namespace GutSkin.Bot.Conversation;

/// <summary>Decides each turn by asking its steps in order; the first that answers ends the turn. Adding a behaviour is
/// adding a step here. Mutates <see cref="ConversationData"/>; no I/O besides reading the in-memory knowledge.</summary>
internal sealed class TurnPipeline(LiveKnowledge knowledge, TimeProvider time, IOptions<BrandOptions> brand)
{
    // The order is the product's rules: a form is not text; nothing is read of an empty or huge message; a red flag
    // beats everything; commands beat a signup in progress, which takes every other message while it lasts; the
    // rest is decided by phrases first and by the knowledge last, so that choices and "no thanks" run no search, and
    // what no step takes is not answered.
    private readonly ITurnStep[] steps =
    [
        new SignupFormStep(),
        new UnreadableMessageStep(),
        new SafetyStep(),
        new StartOverStep(),
        new VisitorDataStep(),
        new CancelStep(),
        new HelpStep(),
        new FeedbackStep(),
        new TellMeMoreStep(),
        new SignupInProgressStep(),
        new OtherLanguageStep(),
        new DidYouMeanStep(),
        new DeclineOffersStep(),
        new SmallTalkStep(brand),
        new TrialFactStep(),
        new ProductClaimStep(),
        new OfferRequestStep(),
        new ClinicianStep(),
        new AnswerStep(),
    ];

    private readonly NoAnswerStep fallback = new();

    /// <summary>Handles one message.</summary>
    public TurnResult Next(ConversationData state, UserMessage message)
    {
        UrgentTurn.CountTurn(state);
        var turn = new ConversationTurn(state, message, knowledge, time.GetUtcNow());
        foreach (var step in steps)
        {
            if (step.TryHandle(turn) is { } result)
            {
                return result;
            }
        }

        return fallback.TryHandle(turn);
    }
}
