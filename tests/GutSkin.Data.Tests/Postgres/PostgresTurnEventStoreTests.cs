namespace GutSkin.Data.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresTurnEventStoreTests(PostgresTestDatabase database)
    : TurnEventStoreTests(database.CreateStorage()), IClassFixture<PostgresTestDatabase>;
