namespace GutSkin.Data;

/// <summary>A visitor who signed up for an offer. Holds only what the signup needs.</summary>
/// <param name="Offer">The offer signed up for, e.g. <c>"trial"</c>.</param>
/// <param name="Email">The e-mail address; stored lower-cased and trimmed.</param>
/// <param name="Name">The visitor's name.</param>
/// <param name="Address">The delivery address, when the offer needs one.</param>
/// <param name="Phone">The phone number, when given.</param>
/// <param name="AgeConfirmed">Whether the visitor confirmed the minimum age.</param>
/// <param name="MarketingConsent">Whether the visitor agreed to marketing messages.</param>
/// <param name="ConsentAt">When the consent answer was given.</param>
/// <param name="ConsentVersion">The version of the consent wording that was shown.</param>
/// <param name="UserId">The channel user id, used to delete the visitor's data on request.</param>
/// <param name="Channel">The channel the signup came from.</param>
/// <param name="CreatedAt">When the lead was first stored.</param>
/// <param name="UpdatedAt">When the lead was last stored.</param>
public sealed record Lead(
    string Offer,
    string Email,
    string Name,
    string? Address,
    string? Phone,
    bool AgeConfirmed,
    bool MarketingConsent,
    DateTimeOffset? ConsentAt,
    string? ConsentVersion,
    string UserId,
    string Channel,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
