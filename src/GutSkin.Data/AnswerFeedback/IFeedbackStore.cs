namespace GutSkin.Data;

/// <summary>Visitors' feedback on answers.</summary>
public interface IFeedbackStore
{
    /// <summary>Stores one piece of feedback.</summary>
    /// <param name="feedback">The feedback.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task AddAsync(Feedback feedback, CancellationToken cancellationToken);

    /// <summary>Counts helpful and not helpful feedback per section, ordered by section id.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One row per section that has feedback.</returns>
    Task<IReadOnlyList<SectionFeedback>> SummaryAsync(CancellationToken cancellationToken);

    /// <summary>Deletes every piece of feedback stored for this user.</summary>
    /// <param name="userId">The channel user id.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>The number of rows deleted.</returns>
    Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken);
}
