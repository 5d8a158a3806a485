using GutSkin.Data.Sql;

namespace GutSkin.Data.Choices;

/// <summary>"Did you mean" choices in the <c>chosen_alternatives</c> table.</summary>
internal sealed class ChosenAlternativeStore(Database database) : IChosenAlternativeStore
{
    /// <inheritdoc />
    public Task RecordAsync(ChosenAlternative choice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choice);
        return database.ExecuteAsync(
            Access.TurnWrite,
            "INSERT INTO chosen_alternatives (user_id, question, section_id, chosen_at) VALUES (@user_id, @question, @section_id, @chosen_at);",
            command => command
                .With("user_id", choice.UserId)
                .With("question", choice.Question)
                .With("section_id", choice.SectionId)
                .WithTime(database.Dialect, "chosen_at", choice.At),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> DeleteForUserAsync(string userId, CancellationToken cancellationToken) =>
        UserRows.DeleteAsync(database, "chosen_alternatives", userId, cancellationToken);
}
