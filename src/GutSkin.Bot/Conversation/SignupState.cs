namespace GutSkin.Bot.Conversation;

/// <summary>What the user has typed so far in the trial signup; discarded on cancel.</summary>
internal sealed class SignupState
{
    public SignupStep Step { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    public int EmailAttempts { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public bool AgeConfirmed { get; set; }

    public bool? MarketingConsent { get; set; }

    public DateTimeOffset? ConsentAt { get; set; }

    public string? ConsentVersion { get; set; }

    /// <summary>The form's values as last sent or submitted, to show them again; null in the text steps.</summary>
    public SignupForm? Form { get; set; }
}
