using GutSkin.Data.Sql;

namespace GutSkin.Data.Unanswered;

/// <summary>Unanswered questions in the <c>unanswered_questions</c> table.</summary>
internal sealed class UnansweredQuestionStore(Database database) : IUnansweredQuestionStore
{
    /// <inheritdoc />
    public async Task RecordAsync(UnansweredQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        await using var lease = await database.OpenAsync(Access.TurnWrite, cancellationToken);

        // Normalised here rather than in SQL, so both engines group questions exactly alike (SQLite's lower() only
        // knows ASCII).
        await using var command = lease.Command(
                """
                INSERT INTO unanswered_questions (user_id, question, normalized_question, asked_at)
                VALUES (@user_id, @question, @normalized_question, @asked_at);
                """)
            .With("user_id", question.UserId)
            .With("question", question.Question)
            .With("normalized_question", QuestionText.Normalize(question.Question))
            .WithTime(database.Dialect, "asked_at", question.At);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<UnansweredSummary>> SummaryAsync(CancellationToken cancellationToken) =>
        UnansweredGroups.ReadAsync(database, string.Empty, null, null, cancellationToken);

    /// <inheritdoc />
    public Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken) =>
        UserRows.DeleteAsync(database, "unanswered_questions", userId, cancellationToken);

    /// <inheritdoc />
    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        BatchedPurge.OlderThanAsync(database, "unanswered_questions", "asked_at", cutoff, cancellationToken);
}
