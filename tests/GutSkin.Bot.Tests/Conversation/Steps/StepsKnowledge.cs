using GutSkin.Bot.Conversation;
using GutSkin.Bot.Conversation.Steps;
using GutSkin.Bot.Tests.Support;
using GutSkin.Knowledge;

namespace GutSkin.Bot.Tests.Conversation.Steps;

/// <summary>The repository's real knowledge folder and index, loaded once for every step's tests, and turns over it.</summary>
public sealed class StepsKnowledge : IDisposable
{
    /// <summary>The time every turn starts at.</summary>
    internal static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    internal const string UserId = "user-1";

    internal LiveKnowledge Knowledge { get; } = LiveKnowledge.Load(Repository.KnowledgeDirectory);

    /// <summary>A turn for <paramref name="text"/> on a text channel (no forms) in a private chat.</summary>
    internal ConversationTurn Turn(string text, ConversationData? state = null, string channel = BotFixture.TextChannel, bool inGroup = false, bool hasAttachments = false) =>
        new(state ?? new ConversationData(), new UserMessage(text, UserId, channel, hasAttachments, inGroup, "en-GB"), Knowledge, Now);

    /// <summary>A turn that submits the signup form card (<paramref name="form"/> null: a value that could not be read).</summary>
    internal ConversationTurn FormTurn(SignupForm? form, ConversationData state) =>
        new(state, new UserMessage(string.Empty, UserId, "webchat", Locale: "en-GB", Form: form, UnreadableForm: form is null), Knowledge, Now);

    /// <summary>A conversation with a text signup started and at <paramref name="step"/>.</summary>
    internal ConversationData SigningUp(SignupStep step = SignupStep.Name)
    {
        var state = new ConversationData();
        TrialSignupFlow.Start(state.Signup, Knowledge.Current.Offers!.Trial);
        state.Signup.Step = step;
        state.Signup.Name = "Jane";
        return state;
    }

    public void Dispose() => Knowledge.Dispose();
}

/// <summary>The step tests share one loaded knowledge folder.</summary>
[CollectionDefinition(Name)]
public sealed class StepsCollection : ICollectionFixture<StepsKnowledge>
{
    public const string Name = "Turn steps";
}
