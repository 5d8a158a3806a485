using GutSkin.Data.Tests.Sql;

namespace GutSkin.Data.Tests.Dashboard;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDashboardStoreTests(PostgresTestDatabase database)
    : DashboardStoreTests(database.CreateStorage()), IClassFixture<PostgresTestDatabase>;
