using GutSkin.Data.Sql;

namespace GutSkin.Data.AnswerFeedback;

/// <summary>Feedback on answers in the <c>feedback</c> table.</summary>
internal sealed class FeedbackStore(Database database) : IFeedbackStore
{
    /// <inheritdoc />
    public Task AddAsync(Feedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        return database.ExecuteAsync(
            Access.TurnWrite,
            "INSERT INTO feedback (user_id, question, section_id, helpful, given_at) VALUES (@user_id, @question, @section_id, @helpful, @given_at);",
            command => command
                .With("user_id", feedback.UserId)
                .With("question", feedback.Question)
                .With("section_id", feedback.SectionId)
                .With("helpful", feedback.Helpful)
                .WithTime(database.Dialect, "given_at", feedback.At),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SectionFeedback>> SummaryAsync(CancellationToken cancellationToken) =>
        FeedbackSummary.ReadAsync(database, null, cancellationToken);

    /// <inheritdoc />
    public Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken) =>
        UserRows.DeleteAsync(database, "feedback", userId, cancellationToken);
}
