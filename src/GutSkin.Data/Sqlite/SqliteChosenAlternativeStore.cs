namespace GutSkin.Data.Sqlite;

/// <summary>"Did you mean" choices in the <c>chosen_alternatives</c> table.</summary>
internal sealed class SqliteChosenAlternativeStore(SqliteDatabase database) : IChosenAlternativeStore
{
    /// <inheritdoc />
    public async Task RecordAsync(ChosenAlternative choice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choice);
        await using var writer = await database.OpenWriterAsync(SqliteSynchronous.Normal, cancellationToken);
        await using var command = writer.Connection.CreateCommand();
        command.CommandText = """
            INSERT INTO chosen_alternatives (user_id, question, section_id, chosen_at)
            VALUES ($user_id, $question, $section_id, $chosen_at);
            """;
        command.Parameters.AddWithValue("$user_id", choice.UserId);
        command.Parameters.AddWithValue("$question", choice.Question);
        command.Parameters.AddWithValue("$section_id", choice.SectionId);
        command.Parameters.AddWithValue("$chosen_at", SqliteTime.ToText(choice.At));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        await using var writer = await database.OpenWriterAsync(SqliteSynchronous.Full, cancellationToken);
        await using var command = writer.Connection.CreateCommand();
        command.CommandText = "DELETE FROM chosen_alternatives WHERE user_id = $user_id;";
        command.Parameters.AddWithValue("$user_id", userId);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
