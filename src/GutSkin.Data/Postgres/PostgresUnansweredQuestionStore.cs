using Npgsql;

namespace GutSkin.Data.Postgres;

/// <summary>Unanswered questions in the <c>unanswered_questions</c> table.</summary>
internal sealed class PostgresUnansweredQuestionStore(PostgresDatabase database) : IUnansweredQuestionStore
{
    /// <inheritdoc />
    public async Task RecordAsync(UnansweredQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        await using var connection = await database.OpenPerTurnAsync(cancellationToken);

        // Normalised here rather than in SQL, so both providers group questions exactly alike.
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO unanswered_questions (user_id, question, normalized_question, asked_at)
            VALUES (@user_id, @question, @normalized_question, @asked_at);
            """,
            connection);
        command.Parameters.AddWithValue("user_id", question.UserId);
        command.Parameters.AddWithValue("question", question.Question);
        command.Parameters.AddWithValue("normalized_question", QuestionText.Normalize(question.Question));
        command.Parameters.AddWithValue("asked_at", PostgresTime.ToUtc(question.At));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<UnansweredSummary>> SummaryAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT normalized_question, COUNT(*)::integer AS asked, MAX(asked_at) AS last_asked
            FROM unanswered_questions
            GROUP BY normalized_question
            ORDER BY asked DESC, last_asked DESC, normalized_question COLLATE "C";
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAllAsync(
            row => new UnansweredSummary(row.GetString(0), row.GetInt32(1), row.GetFieldValue<DateTimeOffset>(2)), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM unanswered_questions WHERE user_id = @user_id;", connection);
        command.Parameters.AddWithValue("user_id", userId);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        PostgresBatchedDelete.OlderThanAsync(database, "unanswered_questions", "asked_at", cutoff, cancellationToken);
}
