using GutSkin.Data.Sql;

namespace GutSkin.Data.Tests.Sql;

/// <summary>The test class's PostgreSQL database, emptied before each test; each instance has its own connection pool.</summary>
internal sealed class PostgresStorageUnderTest(string connectionString) : StorageUnderTest
{
    private readonly List<PostgresDatabase> opened = [];

    /// <inheritdoc />
    public override Database OpenInstance()
    {
        var database = new PostgresDatabase(connectionString);
        opened.Add(database);
        return database;
    }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Storage:ConnectionString"] = connectionString };

    /// <inheritdoc />
    public override async Task ResetAsync()
    {
        using var database = new PostgresDatabase(connectionString);
        await using var lease = await database.OpenAsync(Access.DurableWrite, CancellationToken.None);

        // DELETE rather than TRUNCATE: on the few rows a test leaves it is several times faster.
        await using var command = lease.Command(
            "DELETE FROM state_documents; DELETE FROM leads; DELETE FROM feedback; DELETE FROM unanswered_questions; DELETE FROM turn_events; DELETE FROM lead_deletions; DELETE FROM signup_requests; DELETE FROM chosen_alternatives; DELETE FROM protection_keys;");
        await command.ExecuteNonQueryAsync();
    }

    /// <inheritdoc />
    public override ValueTask DisposeAsync()
    {
        foreach (var database in opened)
        {
            database.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
