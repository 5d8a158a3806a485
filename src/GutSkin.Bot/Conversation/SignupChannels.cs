namespace GutSkin.Bot.Conversation;

/// <summary>Which channels get the trial signup as one Adaptive Card form; every other channel gets the text steps,
/// one question at a time.</summary>
internal static class SignupChannels
{
    // Web Chat (with or without Direct Line), Teams and the Bot Framework Emulator render Adaptive Card inputs and send
    // Action.Submit back as the message's value. A Teams channel or group chat never gets this far: the signup moves
    // to a private chat.
    private static readonly HashSet<string> WithForms = new(["webchat", "directline", "msteams", "emulator"], StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="channel"/> shows the form card.</summary>
    public static bool ShowsForm(string channel) => WithForms.Contains(channel);
}
