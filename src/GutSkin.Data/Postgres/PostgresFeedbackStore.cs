using Npgsql;

namespace GutSkin.Data.Postgres;

/// <summary>Feedback on answers in the <c>feedback</c> table.</summary>
internal sealed class PostgresFeedbackStore(PostgresDatabase database) : IFeedbackStore
{
    /// <inheritdoc />
    public async Task AddAsync(Feedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        await using var connection = await database.OpenPerTurnAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO feedback (user_id, question, section_id, helpful, given_at)
            VALUES (@user_id, @question, @section_id, @helpful, @given_at);
            """,
            connection);
        command.Parameters.AddWithValue("user_id", feedback.UserId);
        command.Parameters.AddWithValue("question", feedback.Question);
        command.Parameters.AddWithValue("section_id", feedback.SectionId);
        command.Parameters.AddWithValue("helpful", feedback.Helpful);
        command.Parameters.AddWithValue("given_at", PostgresTime.ToUtc(feedback.At));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SectionFeedback>> SummaryAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT section_id,
                   (COUNT(*) FILTER (WHERE helpful))::integer,
                   (COUNT(*) FILTER (WHERE NOT helpful))::integer
            FROM feedback
            GROUP BY section_id
            ORDER BY section_id COLLATE "C";
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAllAsync(
            row => new SectionFeedback(row.GetString(0), row.GetInt32(1), row.GetInt32(2)), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM feedback WHERE user_id = @user_id;", connection);
        command.Parameters.AddWithValue("user_id", userId);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
