using GutSkin.Data.Tests.Sql;

namespace GutSkin.Data.Tests.TurnEvents;

[Collection(PostgresCollection.Name)]
public sealed class PostgresTurnEventStoreTests(PostgresTestDatabase database)
    : TurnEventStoreTests(database.CreateStorage()), IClassFixture<PostgresTestDatabase>;
