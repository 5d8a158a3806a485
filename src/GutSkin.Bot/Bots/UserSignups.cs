using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace GutSkin.Bot.Bots;

/// <summary>Which of a user's conversations have held a trial signup, kept in the user's state, so that "delete my data"
/// in one conversation also deletes a signup left half-typed in another (a second Teams chat, another browser tab).</summary>
internal sealed class UserSignups(UserState userState, IStorage storage)
{
    private readonly IStatePropertyAccessor<List<string>> accessor = userState.CreateProperty<List<string>>("SignupConversations");

    /// <summary>Notes that this turn's conversation holds a signup of this user.</summary>
    public async Task RememberAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var conversations = await accessor.GetAsync(turnContext, () => [], cancellationToken);
        var key = ConversationKey(turnContext.Activity);
        if (!conversations.Contains(key, StringComparer.Ordinal))
        {
            conversations.Add(key);
            await userState.SaveChangesAsync(turnContext, false, cancellationToken);
        }
    }

    /// <summary>Deletes the state of the user's other conversations that held a signup, and the list itself; the
    /// current conversation's state is the caller's to delete.</summary>
    /// <returns>How many other conversations held a signup.</returns>
    public async Task<int> DeleteOthersAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var conversations = await accessor.GetAsync(turnContext, () => [], cancellationToken);
        var current = ConversationKey(turnContext.Activity);
        var others = conversations.Where(key => !string.Equals(key, current, StringComparison.Ordinal)).ToArray();
        await storage.DeleteAsync(others, cancellationToken);
        await userState.DeleteAsync(turnContext, cancellationToken);
        return others.Length;
    }

    // The key ConversationState stores a conversation under.
    private static string ConversationKey(IActivity activity) => $"{activity.ChannelId}/conversations/{activity.Conversation?.Id}";
}
