namespace GutSkin.Data.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStateStoreTests(PostgresTestDatabase database)
    : StateStoreTests(database.CreateStorage()), IClassFixture<PostgresTestDatabase>;
