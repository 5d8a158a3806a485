using GutSkin.Data.Sql;

namespace GutSkin.Data.Choices;

/// <summary>"Did you mean" choices in the <c>chosen_alternatives</c> table.</summary>
internal sealed class ChosenAlternativeStore(Database database) : IChosenAlternativeStore
{
    /// <inheritdoc />
    public async Task RecordAsync(ChosenAlternative choice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choice);
        await using var lease = await database.OpenAsync(Access.TurnWrite, cancellationToken);
        await using var command = lease.Command(
                """
                INSERT INTO chosen_alternatives (user_id, question, section_id, chosen_at)
                VALUES (@user_id, @question, @section_id, @chosen_at);
                """)
            .With("user_id", choice.UserId)
            .With("question", choice.Question)
            .With("section_id", choice.SectionId)
            .WithTime(database.Dialect, "chosen_at", choice.At);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken) =>
        UserRows.DeleteAsync(database, "chosen_alternatives", userId, cancellationToken);
}
