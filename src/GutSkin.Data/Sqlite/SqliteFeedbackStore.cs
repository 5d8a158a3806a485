namespace GutSkin.Data.Sqlite;

/// <summary>Feedback on answers in the <c>feedback</c> table.</summary>
internal sealed class SqliteFeedbackStore(SqliteDatabase database) : IFeedbackStore
{
    /// <inheritdoc />
    public async Task AddAsync(Feedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        await using var writer = await database.OpenWriterAsync(SqliteSynchronous.Normal, cancellationToken);
        var connection = writer.Connection;
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO feedback (user_id, question, section_id, helpful, given_at)
            VALUES ($user_id, $question, $section_id, $helpful, $given_at);
            """;
        command.Parameters.AddWithValue("$user_id", feedback.UserId);
        command.Parameters.AddWithValue("$question", feedback.Question);
        command.Parameters.AddWithValue("$section_id", feedback.SectionId);
        command.Parameters.AddWithValue("$helpful", feedback.Helpful);
        command.Parameters.AddWithValue("$given_at", SqliteTime.ToText(feedback.At));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SectionFeedback>> SummaryAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT section_id, SUM(helpful), SUM(1 - helpful)
            FROM feedback
            GROUP BY section_id
            ORDER BY section_id;
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAllAsync(
            row => new SectionFeedback(row.GetString(0), row.GetInt32(1), row.GetInt32(2)), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        await using var writer = await database.OpenWriterAsync(SqliteSynchronous.Full, cancellationToken);
        var connection = writer.Connection;
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM feedback WHERE user_id = $user_id;";
        command.Parameters.AddWithValue("$user_id", userId);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
