namespace GutSkin.Bot.Conversation;

/// <summary>The trial-signup question the bot asked last (the model is BotBuilder-Samples 44.prompt-users-for-input).</summary>
internal enum SignupStep
{
    /// <summary>No signup in progress.</summary>
    None,

    /// <summary>Asked for the name.</summary>
    Name,

    /// <summary>Asked for the email address.</summary>
    Email,

    /// <summary>Asked for the shipping address.</summary>
    Address,

    /// <summary>Asked for an optional phone number.</summary>
    Phone,

    /// <summary>Asked to confirm an age of 18 or over.</summary>
    Age,

    /// <summary>Asked for the separate, unticked marketing consent.</summary>
    Consent,

    /// <summary>Showed the summary and asked to confirm it.</summary>
    Confirm,

    /// <summary>Sent the signup form card (on channels with Adaptive Cards); waiting for its submit. Added after the
    /// older steps, so that the numbers stored in conversation state for them keep their meaning.</summary>
    Form,

    /// <summary>Asked "did you mean…?" about an email address with a mistyped domain (text steps).</summary>
    EmailCheck,
}
