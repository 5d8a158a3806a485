using GutSkin.Data.Sql;

namespace GutSkin.Data.Unanswered;

/// <summary>Unanswered questions in the <c>unanswered_questions</c> table.</summary>
internal sealed class UnansweredQuestionStore(Database database) : IUnansweredQuestionStore
{
    /// <inheritdoc />
    public Task RecordAsync(UnansweredQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);

        // Normalised here rather than in SQL, so both engines group questions exactly alike (SQLite's lower() only
        // knows ASCII).
        return database.ExecuteAsync(
            Access.TurnWrite,
            """
            INSERT INTO unanswered_questions (user_id, question, normalized_question, asked_at)
            VALUES (@user_id, @question, @normalized_question, @asked_at);
            """,
            command => command
                .With("user_id", question.UserId)
                .With("question", question.Question)
                .With("normalized_question", QuestionText.Normalize(question.Question))
                .WithTime(database.Dialect, "asked_at", question.At),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<UnansweredSummary>> SummaryAsync(CancellationToken cancellationToken) =>
        UnansweredGroups.ReadAsync(database, null, cancellationToken);

    /// <inheritdoc />
    public Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken) =>
        UserRows.DeleteAsync(database, "unanswered_questions", userId, cancellationToken);

    /// <inheritdoc />
    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        BatchedPurge.OlderThanAsync(database, "unanswered_questions", "asked_at", cutoff, cancellationToken);
}
