namespace GutSkin.Data;

/// <summary>
/// A signup the visitor confirmed in the chat but not yet by e-mail: the lead waits here, outside <c>leads</c>, until
/// the owner of the mailbox follows the link, so an unconfirmed address is never exported, counted or marketed to.
/// </summary>
/// <param name="Id">The request's id, carried in the signed link.</param>
/// <param name="TokenHash">The SHA-256 of the link's token (hex): the token itself is never stored.</param>
/// <param name="Lead">The lead to store once confirmed.</param>
/// <param name="CreatedAt">When the request was made.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
public sealed record SignupRequest(Guid Id, string TokenHash, Lead Lead, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
