namespace GutSkin.Data;

/// <summary>A signup waiting for e-mail confirmation, as its visitor may see it.</summary>
/// <param name="Lead">The details that become a lead once confirmed.</param>
/// <param name="ExpiresAt">When the link stops working (the request is deleted some days later).</param>
public sealed record PendingSignup(Lead Lead, DateTimeOffset ExpiresAt);
