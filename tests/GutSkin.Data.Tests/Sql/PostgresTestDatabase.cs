using GutSkin.Testing;

namespace GutSkin.Data.Tests.Sql;

/// <summary>A database with a random name on the shared <see cref="PostgresServer"/> for one test class.</summary>
public sealed class PostgresTestDatabase(PostgresServer server) : IAsyncLifetime
{
    private string? connectionString;

    /// <summary>The connection string to this class's database.</summary>
    public string ConnectionString => connectionString ?? throw new InvalidOperationException("The database is not created yet.");

    public async Task InitializeAsync() => connectionString = await server.CreateDatabaseAsync();

    public Task DisposeAsync() => connectionString is null ? Task.CompletedTask : server.DropDatabaseAsync(connectionString);

    /// <summary>The class's database, emptied before each test, for one test.</summary>
    internal StorageUnderTest CreateStorage() => new PostgresStorageUnderTest(ConnectionString);
}
