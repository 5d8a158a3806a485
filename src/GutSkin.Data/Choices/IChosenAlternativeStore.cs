namespace GutSkin.Data;

/// <summary>The "did you mean" choices visitors clicked, which tell content staff which section a question belongs to.</summary>
public interface IChosenAlternativeStore
{
    /// <summary>Records one choice.</summary>
    /// <param name="choice">The choice, its question already redacted.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task RecordAsync(ChosenAlternative choice, CancellationToken cancellationToken);

    /// <summary>Deletes every choice stored for this user.</summary>
    /// <param name="userId">The channel user id.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>The number of rows deleted.</returns>
    Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken);
}
