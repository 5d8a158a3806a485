namespace GutSkin.Data.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDashboardStoreTests(PostgresTestDatabase database)
    : DashboardStoreTests(database.CreateStorage()), IClassFixture<PostgresTestDatabase>;
