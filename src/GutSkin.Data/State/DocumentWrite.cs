namespace GutSkin.Data;

/// <summary>One document to write.</summary>
/// <param name="Key">The document key.</param>
/// <param name="Json">The new document body as JSON.</param>
/// <param name="ExpectedETag">
/// The ETag the stored document must still have; <see langword="null"/> or <c>"*"</c> writes unconditionally.
/// </param>
public sealed record DocumentWrite(string Key, string Json, string? ExpectedETag);
