using System.Globalization;
using GutSkin.Data.Sql;
using GutSkin.Data.Tests.Sql;
using GutSkin.Testing;
using Npgsql;

namespace GutSkin.Data.Tests.Migrations;

/// <summary>A PostgreSQL database made by today's schema code (see <see cref="TodaysDatabase"/>), restored from its dump
/// and opened by this code.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresUpgradeTests(PostgresServer server) : IAsyncLifetime
{
    private readonly List<PostgresDatabase> opened = [];
    private string existing = "";
    private string fresh = "";

    [Fact]
    public async Task Initialize_DatabaseMadeByTodaysCode_KeepsItsVersionsAndEndsWithTheFreshSchema()
    {
        await Open(existing).InitializeAsync(CancellationToken.None);
        await Open(fresh).InitializeAsync(CancellationToken.None);

        Assert.Equal(
            Enumerable.Range(1, TodaysDatabase.Version).Select(v => v.ToString(CultureInfo.InvariantCulture)),
            (await PostgresQuery.ColumnAsync(existing, "SELECT version FROM schema_version ORDER BY version;")).Take(TodaysDatabase.Version));
        Assert.Equal(
            await PostgresQuery.ColumnAsync(fresh, "SELECT version FROM schema_version ORDER BY version;"),
            await PostgresQuery.ColumnAsync(existing, "SELECT version FROM schema_version ORDER BY version;"));
        Assert.Equal(await SchemaAsync(fresh), await SchemaAsync(existing));
    }

    [Fact]
    public async Task Stores_DatabaseMadeByTodaysCode_ReadEverythingItStoredAndWriteToIt()
    {
        await TodaysDatabase.AssertDataKeptAsync(Open(existing));
    }

    public async Task InitializeAsync()
    {
        existing = await server.CreateDatabaseAsync();
        fresh = await server.CreateDatabaseAsync();
        await using var connection = new NpgsqlConnection(existing);
        await connection.OpenAsync();
        await using var restore = new NpgsqlCommand(await File.ReadAllTextAsync(TodaysDatabase.PostgresDump), connection);
        await restore.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var database in opened)
        {
            database.Dispose();
        }

        await server.DropDatabaseAsync(existing);
        await server.DropDatabaseAsync(fresh);
    }

    private PostgresDatabase Open(string connectionString)
    {
        var database = new PostgresDatabase(connectionString);
        opened.Add(database);
        return database;
    }

    // Columns (type, nullability, identity, default), indexes and constraints of the public schema.
    private static async Task<IReadOnlyList<string>> SchemaAsync(string connectionString) =>
        await PostgresQuery.ColumnAsync(
            connectionString,
            """
            SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || is_identity || ' ' || COALESCE(column_default, '')
            FROM information_schema.columns WHERE table_schema = 'public'
            UNION ALL
            SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'
            UNION ALL
            SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
            ORDER BY 1;
            """);
}
