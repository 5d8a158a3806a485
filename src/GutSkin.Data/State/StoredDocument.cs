namespace GutSkin.Data;

/// <summary>A bot state document as stored.</summary>
/// <param name="Key">The document key.</param>
/// <param name="Json">The document body as JSON.</param>
/// <param name="ETag">The ETag of the stored version; changes on every write.</param>
public sealed record StoredDocument(string Key, string Json, string ETag);
