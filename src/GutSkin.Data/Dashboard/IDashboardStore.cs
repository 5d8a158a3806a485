namespace GutSkin.Data;

/// <summary>The read-only queries behind the staff dashboard and the <c>suggest</c> command, over a date range: each counts
/// from <c>from</c> (inclusive) to <c>to</c> (exclusive). Nothing returned holds a user id, a name or an e-mail address.</summary>
public interface IDashboardStore
{
    /// <summary>Helpful and not helpful feedback per section, ordered by section id.</summary>
    /// <param name="from">The first instant counted.</param>
    /// <param name="to">The first instant not counted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One row per section with feedback in the range.</returns>
    Task<IReadOnlyList<SectionFeedback>> FeedbackPerSectionAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Leads first stored per UTC day, with their marketing consents, ordered by day.</summary>
    /// <param name="from">The first instant counted.</param>
    /// <param name="to">The first instant not counted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One row per day with signups.</returns>
    Task<IReadOnlyList<SignupDay>> SignupsPerDayAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Unanswered questions grouped by normalised text, most asked first, then most recent, then by text.</summary>
    /// <param name="from">The first instant counted.</param>
    /// <param name="to">The first instant not counted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One row per distinct normalised question.</returns>
    Task<IReadOnlyList<UnansweredSummary>> UnansweredAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Questions whose answer got a thumbs-down, per normalised question and section, most often first.</summary>
    /// <param name="from">The first instant counted.</param>
    /// <param name="to">The first instant not counted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One row per question and section.</returns>
    Task<IReadOnlyList<QuestionForSection>> NotHelpfulAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>"Did you mean" choices, per normalised question and chosen section, most often first.</summary>
    /// <param name="from">The first instant counted.</param>
    /// <param name="to">The first instant not counted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One row per question and section.</returns>
    Task<IReadOnlyList<QuestionForSection>> ChosenAlternativesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
