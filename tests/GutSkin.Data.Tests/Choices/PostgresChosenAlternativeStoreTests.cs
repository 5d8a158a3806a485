using GutSkin.Data.Tests.Sql;

namespace GutSkin.Data.Tests.Choices;

[Collection(PostgresCollection.Name)]
public sealed class PostgresChosenAlternativeStoreTests(PostgresTestDatabase database)
    : ChosenAlternativeStoreTests(database.CreateStorage()), IClassFixture<PostgresTestDatabase>;
