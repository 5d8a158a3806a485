namespace GutSkin.Data.Tests.Sql;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDialectTests(PostgresTestDatabase database)
    : SqlDialectTests(database.CreateStorage()), IClassFixture<PostgresTestDatabase>;
