namespace GutSkin.Bot.Email;

/// <summary>A confirmation link's token whose signature checked out.</summary>
/// <param name="RequestId">The signup request it confirms.</param>
/// <param name="ExpiresAt">When it stops working.</param>
/// <param name="Hash">The SHA-256 of the token (hex), as the request store keeps it.</param>
internal sealed record SignupToken(Guid RequestId, DateTimeOffset ExpiresAt, string Hash);
