using Npgsql;

namespace GutSkin.Data.Postgres;

/// <summary>"Did you mean" choices in the <c>chosen_alternatives</c> table.</summary>
internal sealed class PostgresChosenAlternativeStore(PostgresDatabase database) : IChosenAlternativeStore
{
    /// <inheritdoc />
    public async Task RecordAsync(ChosenAlternative choice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choice);
        await using var connection = await database.OpenPerTurnAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO chosen_alternatives (user_id, question, section_id, chosen_at)
            VALUES (@user_id, @question, @section_id, @chosen_at);
            """,
            connection);
        command.Parameters.AddWithValue("user_id", choice.UserId);
        command.Parameters.AddWithValue("question", choice.Question);
        command.Parameters.AddWithValue("section_id", choice.SectionId);
        command.Parameters.AddWithValue("chosen_at", PostgresTime.ToUtc(choice.At));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM chosen_alternatives WHERE user_id = @user_id;", connection);
        command.Parameters.AddWithValue("user_id", userId);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
