namespace GutSkin.Bot.Email;

/// <summary>A deletion link's token that decrypted and authenticated.</summary>
/// <param name="Email">The address whose details the link deletes.</param>
/// <param name="ExpiresAt">When it stops working.</param>
internal sealed record DeletionToken(string Email, DateTimeOffset ExpiresAt);
