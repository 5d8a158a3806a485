namespace GutSkin.Data;

/// <summary>
/// Thrown when a conditional write finds that the document was changed or deleted since it was read.
/// </summary>
public sealed class ETagConflictException : Exception
{
    /// <summary>Creates the exception for the document whose ETag no longer matched.</summary>
    /// <param name="key">The key of the conflicting document.</param>
    public ETagConflictException(string key)
        : base($"The document '{key}' was changed by someone else since it was read.")
    {
        Key = key;
    }

    /// <summary>The key of the conflicting document.</summary>
    public string Key { get; }
}
