using GutSkin.Data.Tests.Sql;

namespace GutSkin.Data.Tests.State;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStateStoreTests(PostgresTestDatabase database)
    : StateStoreTests(database.CreateStorage()), IClassFixture<PostgresTestDatabase>;
