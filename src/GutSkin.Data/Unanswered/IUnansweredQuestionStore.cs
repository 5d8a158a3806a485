namespace GutSkin.Data;

/// <summary>Questions the bot could not answer, for content staff.</summary>
public interface IUnansweredQuestionStore
{
    /// <summary>Records an unanswered question.</summary>
    /// <param name="question">The question, already redacted.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task RecordAsync(UnansweredQuestion question, CancellationToken cancellationToken);

    /// <summary>
    /// Groups the questions by normalised text (see <see cref="UnansweredSummary.Question"/>), most asked first,
    /// then most recently asked first.
    /// </summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One row per distinct normalised question.</returns>
    Task<IReadOnlyList<UnansweredSummary>> SummaryAsync(CancellationToken cancellationToken);

    /// <summary>Deletes every unanswered question stored for this user.</summary>
    /// <param name="userId">The channel user id.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>The number of rows deleted.</returns>
    Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Deletes the questions asked before <paramref name="cutoff"/>.</summary>
    /// <param name="cutoff">The oldest instant kept.</param>
    /// <param name="cancellationToken">Stops the delete between batches.</param>
    /// <returns>The number of rows deleted.</returns>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
